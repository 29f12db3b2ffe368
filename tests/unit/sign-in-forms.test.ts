import { describe, expect, it } from "vitest";
import { MfaSchema, PasswordChangeSchema, PreferencesSchema, preferencesInput } from "../../src/domain/account-settings.ts";
import { issuesToFieldErrors } from "../../src/domain/field-errors.ts";
import { EmailRequestSchema, NewPasswordSchema, SignInCodeSchema } from "../../src/domain/sign-in.ts";

const errorsOf = (result: {
  success: boolean;
  error?: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> };
}) => (result.success ? {} : issuesToFieldErrors(result.error!.issues));

describe("the sign-in forms", () => {
  it("asks for a valid e-mail address", () => {
    expect(errorsOf(EmailRequestSchema.safeParse({ email: "  " }))).toEqual({ email: "Vul uw e-mailadres in." });
    expect(errorsOf(EmailRequestSchema.safeParse({ email: "geen-adres" }))).toEqual({
      email: "Vul een geldig e-mailadres in, zoals naam@gemeente.nl.",
    });
    expect(EmailRequestSchema.parse({ email: " a@b.nl " })).toEqual({ email: "a@b.nl" });
  });

  it("wants a new password of at least 10 characters, typed the same twice", () => {
    expect(errorsOf(NewPasswordSchema.safeParse({ password: "kort", passwordConfirm: "kort" }))).toEqual({
      password: "Gebruik minstens 10 tekens.",
    });
    expect(errorsOf(NewPasswordSchema.safeParse({ password: "lang-genoeg-1", passwordConfirm: "lang-genoeg-2" }))).toEqual({
      passwordConfirm: "De twee wachtwoorden zijn niet gelijk.",
    });
    expect(errorsOf(NewPasswordSchema.safeParse({ password: "lang-genoeg-1", passwordConfirm: "" }))).toEqual({
      passwordConfirm: "Herhaal het wachtwoord.",
    });
    expect(NewPasswordSchema.safeParse({ password: "lang-genoeg-1", passwordConfirm: "lang-genoeg-1" }).success).toBe(true);
  });

  it("asks for the current password when changing it", () => {
    expect(
      errorsOf(PasswordChangeSchema.safeParse({ oldPassword: "", password: "lang-genoeg-1", passwordConfirm: "lang-genoeg-1" })),
    ).toEqual({
      oldPassword: "Vul uw huidige wachtwoord in.",
    });
  });

  it("takes the 8-digit code with the spaces people type along", () => {
    expect(SignInCodeSchema.parse({ code: " 1234 5678 " })).toEqual({ code: "12345678" });
    expect(errorsOf(SignInCodeSchema.safeParse({ code: "1234567" }))).toEqual({ code: "De code bestaat uit 8 cijfers." });
    expect(errorsOf(SignInCodeSchema.safeParse({ code: "" }))).toEqual({ code: "Vul de code in." });
  });
});

describe("the settings forms", () => {
  it("reads a ticked checkbox as on and a missing one as off", () => {
    expect(MfaSchema.parse({ mfa_on: "on" })).toEqual({ mfa_on: true });
    expect(MfaSchema.parse({})).toEqual({ mfa_on: false });
  });

  it("reads every kind's channel and all followed domains from the posted form", () => {
    const form = new FormData();
    for (const kind of ["vraag", "antwoord", "besluit_nodig", "evaluatie_te_laat"]) form.set(`notify_${kind}`, "site");
    form.set("notify_nieuwe_les", "none");
    form.append("follows", "wmo");
    form.append("follows", "jeugd");
    expect(PreferencesSchema.parse(preferencesInput(form))).toEqual({
      notify_vraag: "site",
      notify_antwoord: "site",
      notify_besluit_nodig: "site",
      notify_evaluatie_te_laat: "site",
      notify_nieuwe_les: "none",
      follows: ["wmo", "jeugd"],
    });
  });

  it("refuses an unknown channel or domain", () => {
    const form = new FormData();
    form.set("notify_vraag", "fax");
    form.append("follows", "ruimtevaart");
    const errors = errorsOf(PreferencesSchema.safeParse(preferencesInput(form)));
    expect(errors.notify_vraag).toBe("Kies hoe u dit wilt horen.");
    expect(errors["follows.0"]).toBe("Onbekend domein.");
  });
});
