import type { AstroGlobal } from "astro";
import { InviteSchema, RoleChangeSchema } from "../domain/account.ts";
import { issuesToFieldErrors } from "../domain/field-errors.ts";
import type { UserRecord } from "../data/records.ts";
import { type AccountResult, changeRole, inviteAccount, sendInvitation, setDeactivated } from "../data/users.ts";
import { type Access, forbidden, signInFirst } from "./access.ts";
import { visitorOf } from "./visitor-address.ts";

/** /beheer/gebruikers is the directeur's; the rules on users refuse the others anyway. */
export function requireDirector(astro: AstroGlobal): Exclude<Access<UserRecord>, { kind: "not-found" }> {
  const user = astro.locals.user;
  if (!user) return signInFirst(astro);
  if (user.role !== "directeur") return forbidden(astro, "Accounts beheren is voorbehouden aan de directeur van een gemeente.");
  return { kind: "ok", data: user };
}

/** What a refused request leaves on the page: the typed values and the errors at their fields. */
export type AdminForm = {
  message: string;
  invite: { values: Record<string, string>; errors: Record<string, string> };
  /** Per account id: the error next to that row's control, and the role that was chosen. */
  row: { id: string; field: "role" | "status"; error: string; role?: string } | null;
};

/** The page's success notices, by the ?gedaan= a successful POST redirects to. */
export const DONE_NOTICES: Record<string, string> = {
  uitgenodigd: "De uitnodiging is verstuurd. De collega kiest via de link in de e-mail een wachtwoord.",
  // PocketBase sends an account at most one reset mail per few minutes, and answers the same either way.
  opnieuw: "De uitnodiging is opnieuw verstuurd. Vlak na een vorige uitnodiging komt er een paar minuten lang geen nieuwe e-mail.",
  rol: "De rol is gewijzigd.",
  gedeactiveerd: "Het account is gedeactiveerd. Het kan niet meer inloggen; de bijdragen blijven staan.",
  geactiveerd: "Het account is weer actief.",
};

export const emptyForm = (): AdminForm => ({ message: "", invite: { values: {}, errors: {} }, row: null });

/**
 * Handles one POST of the page: a success redirects (so a reload sends nothing twice), a refusal
 * returns what the page shows, with status 400.
 */
export async function handleAdminPost(astro: AstroGlobal, director: UserRecord, accounts: UserRecord[]): Promise<Response | AdminForm> {
  const form = await astro.request.formData();
  const text = (name: string) => String(form.get(name) ?? "");
  const { pb } = astro.locals;
  const visitor = visitorOf(astro.request, astro.clientAddress);
  const done = (
    result: AccountResult,
    key: string,
    refused: (failure: Exclude<AccountResult, { ok: true }>) => AdminForm,
  ): Response | AdminForm => {
    if (result.ok) return astro.redirect(`/beheer/gebruikers?gedaan=${key}`, 303);
    astro.response.status = 400;
    return refused(result);
  };
  const action = text("actie");
  if (action === "uitnodigen") {
    const values = { email: text("email"), name: text("name"), role: text("role") };
    const parsed = InviteSchema.safeParse(values);
    if (!parsed.success) {
      astro.response.status = 400;
      return {
        ...emptyForm(),
        message: "De uitnodiging is niet verstuurd: controleer de gemarkeerde velden.",
        invite: { values, errors: issuesToFieldErrors(parsed.error.issues) },
      };
    }
    const result = await inviteAccount(pb, parsed.data, director.municipality, visitor);
    return done(result, "uitgenodigd", (failure) => ({
      ...emptyForm(),
      message: failure.message,
      invite: { values, errors: failure.fieldErrors },
    }));
  }
  const account = accounts.find((candidate) => candidate.id === text("id"));
  if (!account) {
    astro.response.status = 400;
    return { ...emptyForm(), message: "Dit account hoort niet (meer) bij uw gemeente. Er is niets gewijzigd." };
  }
  const rowFailure = (field: "role" | "status", role?: string) => (failure: Exclude<AccountResult, { ok: true }>) => ({
    ...emptyForm(),
    message: failure.message,
    row: {
      id: account.id,
      field,
      error: failure.fieldErrors.role ?? failure.fieldErrors.deactivated ?? failure.message,
      ...(role ? { role } : {}),
    },
  });
  if (action === "rol") {
    const parsed = RoleChangeSchema.safeParse({ role: text("role") });
    if (!parsed.success) {
      astro.response.status = 400;
      return rowFailure("role")({
        ok: false,
        message: "De rol is niet gewijzigd: kies een rol.",
        fieldErrors: { role: "Kies een rol." },
        retryable: false,
      });
    }
    return done(await changeRole(pb, account.id, parsed.data.role), "rol", rowFailure("role", parsed.data.role));
  }
  if (action === "deactiveren") return done(await setDeactivated(pb, account.id, true), "gedeactiveerd", rowFailure("status"));
  if (action === "heractiveren") return done(await setDeactivated(pb, account.id, false), "geactiveerd", rowFailure("status"));
  if (action === "opnieuw-uitnodigen") return done(await sendInvitation(pb, account.email, visitor), "opnieuw", rowFailure("status"));
  astro.response.status = 400;
  return { ...emptyForm(), message: "Onbekende handeling. Er is niets gewijzigd." };
}
