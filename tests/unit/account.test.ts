import { describe, expect, it } from "vitest";
import { InviteSchema, RoleChangeSchema, accountStatus } from "../../src/domain/account.ts";
import { issuesToFieldErrors } from "../../src/domain/field-errors.ts";

const errorsOf = (input: unknown) => {
  const parsed = InviteSchema.safeParse(input);
  return parsed.success ? {} : issuesToFieldErrors(parsed.error.issues);
};

describe("InviteSchema", () => {
  it("accepts an address, a name and one of the three roles, trimmed", () => {
    expect(InviteSchema.parse({ email: " a.jansen@zwolle.nl ", name: " Anna Jansen ", role: "collega" })).toEqual({
      email: "a.jansen@zwolle.nl",
      name: "Anna Jansen",
      role: "collega",
    });
  });

  it.each([
    [
      { email: "", name: "", role: "" },
      { email: "Vul het e-mailadres in.", name: "Vul de naam in.", role: "Kies een rol." },
    ],
    [{ email: "geen-adres", name: "A", role: "collega" }, { email: "Vul een geldig e-mailadres in, zoals naam@gemeente.nl." }],
    [{ email: "a@b.nl", name: "x".repeat(121), role: "collega" }, { name: "Maximaal 120 tekens." }],
    [{ email: "a@b.nl", name: "A", role: "platformbeheer" }, { role: "Kies een rol." }],
    [{}, { email: "Vul het e-mailadres in.", name: "Vul de naam in.", role: "Kies een rol." }],
  ])("refuses %j in Dutch at the field", (input, expected) => {
    expect(errorsOf(input)).toEqual(expected);
  });

  it("a role change takes only the three roles", () => {
    expect(RoleChangeSchema.safeParse({ role: "directeur" }).success).toBe(true);
    expect(RoleChangeSchema.safeParse({ role: "superuser" }).success).toBe(false);
  });
});

describe("accountStatus", () => {
  it.each([
    [{ verified: true, deactivated: false }, "actief"],
    [{ verified: false, deactivated: false }, "uitgenodigd"],
    [{ verified: true, deactivated: true }, "gedeactiveerd"],
    [{ verified: false, deactivated: true }, "gedeactiveerd"],
    [{}, "uitgenodigd"],
  ] as const)("%j is %s", (account, status) => {
    expect(accountStatus(account)).toBe(status);
  });
});
