import { z } from "zod";
import { roles, type Role } from "./options.ts";

/**
 * The contact person of a pilot or lesson: an active account of the owning municipality, checked
 * by PocketBase (pb_hooks/lib/contact-person.js); the forms offer only those accounts.
 */

/** An account that can be chosen as contact. */
export type ContactChoice = { id: string; name: string; role: Role };

/** The form's field: an account id; left empty, PocketBase makes the creator the contact. */
export const contactField = z
  .string()
  .regex(/^[a-z0-9]{15}$/, "Kies een contactpersoon uit de lijst.")
  .optional()
  .or(z.literal("").transform(() => undefined));

/** What the form proposes: the current contact while it is still active, else the signed-in user. */
export function proposedContact(current: string | undefined, me: string, choices: readonly ContactChoice[]): string {
  const active = (id: string | undefined) => Boolean(id) && choices.some((choice) => choice.id === id);
  if (active(current)) return current ?? "";
  return active(me) ? me : (choices[0]?.id ?? "");
}

export const contactOptions = (choices: readonly ContactChoice[]) =>
  choices.map((choice) => ({ value: choice.id, label: `${choice.name} (${roles.label(choice.role).toLowerCase()})` }));

/** "Sanne Visser (innovatiemanager, Utrecht)", or null when the record names no contact. */
export function contactLine(record: { contact_name?: string; contact_role?: Role | "" }, municipality = ""): string | null {
  const name = record.contact_name?.trim();
  if (!name) return null;
  const details = [record.contact_role ? roles.label(record.contact_role).toLowerCase() : "", municipality].filter(Boolean);
  return details.length > 0 ? `${name} (${details.join(", ")})` : name;
}
