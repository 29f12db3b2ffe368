import { z } from "zod";
import { requiredText } from "./form-fields.ts";
import { notificationKinds, type NotificationKind } from "./notification-kinds.ts";
import { notificationChannels, type NotificationChannel } from "./notification-preferences.ts";
import { domains } from "./options.ts";
import { emailAddress, NewPasswordSchema } from "./sign-in.ts";

/**
 * The forms of /instellingen, one per section, each saved on its own. PocketBase's rules on users
 * decide what an account may change of itself; these give the Dutch message at the field first.
 */

/** The sections, as the hidden "onderdeel" field of each form names them. */
export const settingsSections = ["naam", "email", "wachtwoord", "tweestaps", "gemeente", "meldingen"] as const;
export type SettingsSection = (typeof settingsSections)[number];

/** The name others see on questions and in the audit trail (pb_hooks/person_names.pb.js checks the rest). */
export const NameSchema = z.object({ name: requiredText("uw naam", 120, 2) });

/** A new address gets a confirmation mail; nothing changes until its link is followed. */
export const EmailChangeSchema = z.object({ newEmail: emailAddress });

/** PocketBase asks for the current password when a password is changed. */
export const PasswordChangeSchema = z
  .object({ oldPassword: z.string({ error: "Vul uw huidige wachtwoord in." }).min(1, "Vul uw huidige wachtwoord in.") })
  .and(NewPasswordSchema);

/** A checkbox: present ("on") when ticked, absent otherwise. */
const ticked = z
  .string()
  .optional()
  .transform((value) => value === "on");

export const MfaSchema = z.object({ mfa_on: ticked });
export const RequireMfaSchema = z.object({ require_mfa: ticked });

const channel = z.enum(notificationChannels, { error: "Kies hoe u dit wilt horen." });

/** Per kind a channel, and the domains whose new lessons come in the weekly overview. */
export const PreferencesSchema = z.object({
  ...(Object.fromEntries(notificationKinds.map((kind) => [`notify_${kind}`, channel])) as Record<
    `notify_${NotificationKind}`,
    typeof channel
  >),
  follows: z.array(z.enum(domains.values, { error: "Onbekend domein." })).max(domains.values.length),
});
export type Preferences = z.output<typeof PreferencesSchema>;

/** A form's values as the browser posts them: every field once, except the followed domains. */
export function preferencesInput(form: { get(name: string): unknown; getAll(name: string): unknown[] }): Record<string, unknown> {
  return {
    ...Object.fromEntries(notificationKinds.map((kind) => [`notify_${kind}`, String(form.get(`notify_${kind}`) ?? "")])),
    follows: form.getAll("follows").map(String),
  };
}

export type StoredPreferences = Partial<Record<`notify_${NotificationKind}`, NotificationChannel | "">> & { follows?: string[] | null };
