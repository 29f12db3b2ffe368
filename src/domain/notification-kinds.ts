/** What a notification is about (DESIGN.md, "notifications"); the hooks write them, no form offers them. */
export const notificationKinds = ["vraag", "antwoord", "besluit_nodig", "evaluatie_te_laat", "nieuwe_les"] as const;
export type NotificationKind = (typeof notificationKinds)[number];
