import type { NotificationKind } from "./notification-kinds.ts";

/** How a user wants to hear of one kind of notification (users.notify_<kind>; empty = the default). */
export const notificationChannels = ["site", "email", "both", "none"] as const;
export type NotificationChannel = (typeof notificationChannels)[number];

export const channelLabels: Record<NotificationChannel, string> = {
  site: "Alleen in Proeftuin",
  email: "Alleen per e-mail",
  both: "In Proeftuin en per e-mail",
  none: "Niet",
};

export const kindLabels: Record<NotificationKind, string> = {
  vraag: "Een vraag over een pilot of les van mijn gemeente",
  antwoord: "Een antwoord op mijn vraag",
  besluit_nodig: "Een pilot wacht op mijn besluit (directeur)",
  evaluatie_te_laat: "Een evaluatie van een pilot is te laat",
  nieuwe_les: "Nieuwe lessen in domeinen die ik volg (wekelijks overzicht)",
};

/** What a user gets before choosing: everything in the site and by mail, the weekly digest by mail only. */
export const defaultChannels: Record<NotificationKind, NotificationChannel> = {
  vraag: "both",
  antwoord: "both",
  besluit_nodig: "both",
  evaluatie_te_laat: "both",
  nieuwe_les: "email",
};

/** The channel a stored preference means: the kind's default when the user has not chosen. */
export function channelFor(kind: NotificationKind, stored: string | undefined | null): NotificationChannel {
  return (notificationChannels as readonly string[]).includes(stored ?? "") ? (stored as NotificationChannel) : defaultChannels[kind];
}

export const inSite = (channel: NotificationChannel): boolean => channel === "site" || channel === "both";
export const byEmail = (channel: NotificationChannel): boolean => channel === "email" || channel === "both";
