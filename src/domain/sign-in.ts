import { z } from "zod";

/**
 * The forms around signing in: asking for a reset or a code by e-mail, choosing a new password,
 * typing the mailed code. PocketBase checks the same again (users.otp is 8 digits; the password
 * minimum here is stricter than its own 8).
 */

export const PASSWORD_MIN = 10;
export const CODE_LENGTH = 8;

export const emailAddress = z
  .string({ error: "Vul uw e-mailadres in." })
  .trim()
  .min(1, "Vul uw e-mailadres in.")
  .max(200, "Maximaal 200 tekens.")
  .pipe(z.email("Vul een geldig e-mailadres in, zoals naam@gemeente.nl."));

export const EmailRequestSchema = z.object({ email: emailAddress });

/** A new password, typed twice so a typo does not lock the account. */
export const NewPasswordSchema = z
  .object({
    password: z
      .string({ error: "Kies een wachtwoord." })
      .min(1, "Kies een wachtwoord.")
      .min(PASSWORD_MIN, `Gebruik minstens ${PASSWORD_MIN} tekens.`)
      .max(200, "Maximaal 200 tekens."),
    passwordConfirm: z.string({ error: "Herhaal het wachtwoord." }),
  })
  .check((payload) => {
    const { password, passwordConfirm } = payload.value;
    if (passwordConfirm === "") {
      payload.issues.push({ code: "custom", message: "Herhaal het wachtwoord.", path: ["passwordConfirm"], input: passwordConfirm });
    } else if (password !== passwordConfirm) {
      payload.issues.push({
        code: "custom",
        message: "De twee wachtwoorden zijn niet gelijk.",
        path: ["passwordConfirm"],
        input: passwordConfirm,
      });
    }
  });

/** The mailed code: spaces people type or paste along are dropped. */
export const SignInCodeSchema = z.object({
  code: z
    .string({ error: "Vul de code in." })
    .transform((value) => value.replace(/\s+/g, ""))
    .pipe(
      z
        .string()
        .min(1, "Vul de code in.")
        .regex(new RegExp(`^\\d{${CODE_LENGTH}}$`), `De code bestaat uit ${CODE_LENGTH} cijfers.`),
    ),
});

/** Said whether or not the address has an account, so the answer tells nobody who has one. */
export const MAIL_SENT_IF_KNOWN =
  "Als dit adres bij ons bekend is, ontvangt u binnen enkele minuten een e-mail. Kijk ook in uw map met ongewenste e-mail.";

export const TOO_MANY_ATTEMPTS = "Te veel pogingen vanaf uw verbinding. Wacht een minuut en probeer het dan opnieuw.";
