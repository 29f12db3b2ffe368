import type { ZodType } from "zod";
import type { TypedPocketBase } from "../data/client.ts";
import type { UserRecord } from "../data/records.ts";
import { clearedSessionCookie, mfaIdOf } from "../data/auth.ts";
import { changePassword, requestEmailChange, saveMfa, saveName, savePreferences, saveRequireMfa } from "../data/account-settings.ts";
import { dutchFieldMessage, isUnreachable } from "../data/errors.ts";
import {
  EmailChangeSchema,
  MfaSchema,
  NameSchema,
  PasswordChangeSchema,
  PreferencesSchema,
  preferencesInput,
  RequireMfaSchema,
  type SettingsSection,
  settingsSections,
} from "../domain/account-settings.ts";
import { issuesToFieldErrors } from "../domain/field-errors.ts";

/**
 * One posted section of /instellingen: checked with its schema, saved with the user's own token,
 * answered with a success message or the errors at its fields. The posted values come back so a
 * refused form shows what was typed (passwords aside).
 */
export type SectionResult = {
  section: SettingsSection;
  saved: string;
  error: string;
  errors: Record<string, string>;
  values: Record<string, unknown>;
};

/** PocketBase's codes for what a user can get wrong here, in Dutch; the rest via the shared messages. */
const OWN_MESSAGES: Record<string, string> = {
  validation_invalid_old_password: "Het huidige wachtwoord klopt niet.",
  validation_invalid_new_email: "Dit e-mailadres kan niet worden gebruikt.",
  validation_record_email_exists: "Dit e-mailadres kan niet worden gebruikt.",
};

function refusedFields(error: unknown): Record<string, string> {
  const data = (error as { response?: { data?: Record<string, { code?: string; message?: string }> } }).response?.data ?? {};
  const errors: Record<string, string> = {};
  for (const [field, detail] of Object.entries(data)) {
    if (!detail || typeof detail !== "object" || !detail.code) continue;
    errors[field] = OWN_MESSAGES[detail.code] ?? dutchFieldMessage(detail);
  }
  return errors;
}

type Saver = (values: never) => Promise<string | Response>;

/** Handles the POST; a Response when the page must go elsewhere (signed in again with MFA). */
export async function handleSettingsPost(
  pb: TypedPocketBase,
  user: UserRecord,
  form: FormData,
  visitor: string,
  secure: boolean,
): Promise<SectionResult | Response> {
  const section = String(form.get("onderdeel") ?? "") as SettingsSection;
  if (!settingsSections.includes(section)) return { section: "naam", saved: "", error: "Onbekend onderdeel.", errors: {}, values: {} };
  const text = (name: string) => String(form.get(name) ?? "");
  const checkbox = (name: string) => (form.get(name) === "on" ? "on" : undefined);

  const sections: Record<
    SettingsSection,
    { input: Record<string, unknown>; schema: ZodType; save: Saver; rename?: Record<string, string> }
  > = {
    naam: {
      input: { name: text("name") },
      schema: NameSchema,
      save: async ({ name }: { name: string }) => {
        await saveName(pb, user.id, name);
        return "Uw naam is opgeslagen.";
      },
    },
    email: {
      input: { newEmail: text("newEmail").trim() },
      schema: EmailChangeSchema,
      save: async ({ newEmail }: { newEmail: string }) => {
        await requestEmailChange(pb, newEmail);
        return `We hebben een e-mail gestuurd naar ${newEmail}. Uw e-mailadres verandert pas als u de link in die e-mail volgt.`;
      },
    },
    wachtwoord: {
      input: { oldPassword: text("oldPassword"), password: text("password"), passwordConfirm: text("passwordConfirm") },
      schema: PasswordChangeSchema,
      save: async (change: { oldPassword: string; password: string; passwordConfirm: string }) => {
        try {
          await changePassword(pb, user, change, visitor);
        } catch (error) {
          // Changed, but this account signs in with a code as well: that happens on the sign-in page.
          if (!mfaIdOf(error)) throw error;
          const location = `/inloggen?melding=wachtwoord&terug=${encodeURIComponent("/instellingen")}`;
          return new Response(null, { status: 303, headers: { location, "set-cookie": clearedSessionCookie(secure) } });
        }
        return "Uw wachtwoord is gewijzigd. Op andere apparaten bent u nu uitgelogd.";
      },
    },
    tweestaps: {
      input: { mfa_on: checkbox("mfa_on") },
      schema: MfaSchema,
      save: async ({ mfa_on }: { mfa_on: boolean }) => {
        await saveMfa(pb, user.id, mfa_on);
        return mfa_on
          ? "Tweestapsverificatie staat aan: na uw wachtwoord vragen we voortaan een code per e-mail."
          : "Tweestapsverificatie staat uit.";
      },
    },
    gemeente: {
      input: { require_mfa: checkbox("require_mfa") },
      schema: RequireMfaSchema,
      save: async ({ require_mfa }: { require_mfa: boolean }) => {
        await saveRequireMfa(pb, user.municipality, require_mfa);
        return require_mfa
          ? "Tweestapsverificatie is nu verplicht voor alle accounts van uw gemeente."
          : "Tweestapsverificatie is niet langer verplicht.";
      },
    },
    meldingen: {
      input: preferencesInput(form),
      schema: PreferencesSchema,
      save: async (preferences: Parameters<typeof savePreferences>[2]) => {
        await savePreferences(pb, user.id, preferences);
        return "Uw voorkeuren voor meldingen zijn opgeslagen.";
      },
    },
  };

  const { input, schema, save } = sections[section];
  const values = Object.fromEntries(Object.entries(input).filter(([name]) => !name.toLowerCase().includes("password")));
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    return {
      section,
      saved: "",
      error: "Niet opgeslagen: controleer de gemarkeerde velden.",
      errors: issuesToFieldErrors(parsed.error.issues),
      values,
    };
  }
  try {
    const outcome = await save(parsed.data as never);
    if (outcome instanceof Response) return outcome;
    return { section, saved: outcome, error: "", errors: {}, values: {} };
  } catch (error) {
    if (isUnreachable(error)) throw error;
    const status = (error as { status?: number }).status ?? 0;
    const errors = status === 400 ? refusedFields(error) : {};
    const message =
      status === 403 || status === 404
        ? "Niet opgeslagen: u mag dit niet wijzigen."
        : Object.keys(errors).length
          ? "Niet opgeslagen: controleer de gemarkeerde velden."
          : "Niet opgeslagen: de gegevens werden geweigerd. Probeer het opnieuw.";
    return { section, saved: "", error: message, errors, values };
  }
}
