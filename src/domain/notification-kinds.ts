/** What a notification is about (DESIGN.md, "notifications"); the hooks write them, no form offers them. */
export const notificationKinds = ["vraag", "antwoord", "besluit_nodig", "evaluatie_te_laat", "nieuwe_les"] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/** A notification's kind in a word or two, shown before its title in /meldingen. */
export const notificationKindNames: Record<NotificationKind, string> = {
  vraag: "Vraag",
  antwoord: "Antwoord",
  besluit_nodig: "Besluit nodig",
  evaluatie_te_laat: "Evaluatie te laat",
  nieuwe_les: "Nieuwe lessen",
};
