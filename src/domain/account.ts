import { z } from "zod";
import { roles } from "./options.ts";

/**
 * A directeur's forms on /beheer/gebruikers: inviting a colleague and changing an account's role.
 * PocketBase checks the same again (users: name max 120, role one of three, a unique address).
 */

const role = z.enum(roles.values, { error: "Kies een rol." });

export const InviteSchema = z.object({
  email: z
    .string({ error: "Vul het e-mailadres in." })
    .trim()
    .min(1, "Vul het e-mailadres in.")
    .max(200, "Maximaal 200 tekens.")
    .pipe(z.email("Vul een geldig e-mailadres in, zoals naam@gemeente.nl.")),
  name: z.string({ error: "Vul de naam in." }).trim().min(1, "Vul de naam in.").max(120, "Maximaal 120 tekens."),
  role,
});
export type Invite = z.infer<typeof InviteSchema>;

export const RoleChangeSchema = z.object({ role });

/** What the list says of an account: it signs in, it has not yet accepted its invitation, or it is stopped. */
export type AccountStatus = "actief" | "uitgenodigd" | "gedeactiveerd";

export function accountStatus(account: { verified?: boolean; deactivated?: boolean }): AccountStatus {
  if (account.deactivated) return "gedeactiveerd";
  return account.verified ? "actief" : "uitgenodigd";
}

export const accountStatusLabels: Record<AccountStatus, string> = {
  actief: "Actief",
  uitgenodigd: "Uitgenodigd, nog niet aangemeld",
  gedeactiveerd: "Gedeactiveerd",
};
