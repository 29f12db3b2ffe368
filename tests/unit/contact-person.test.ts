import { describe, expect, it } from "vitest";
import { contactField, contactLine, contactOptions, proposedContact, type ContactChoice } from "../../src/domain/contact-person.ts";
import { emptyPilotForm, PilotFormSchema } from "../../src/domain/pilot.ts";

const choices: ContactChoice[] = [
  { id: "aaaaaaaaaaaaaaa", name: "Anna de Boer", role: "directeur" },
  { id: "bbbbbbbbbbbbbbb", name: "Bram Jansen", role: "innovatiemanager" },
];

describe("the contact the form proposes", () => {
  it("keeps the current contact while it is active", () => {
    expect(proposedContact("aaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbb", choices)).toBe("aaaaaaaaaaaaaaa");
  });

  it("proposes the signed-in user when there is none or it is no longer active", () => {
    expect(proposedContact(undefined, "bbbbbbbbbbbbbbb", choices)).toBe("bbbbbbbbbbbbbbb");
    expect(proposedContact("ccccccccccccccc", "bbbbbbbbbbbbbbb", choices)).toBe("bbbbbbbbbbbbbbb");
  });

  it("falls back to the first active account, or nothing", () => {
    expect(proposedContact("", "zzzzzzzzzzzzzzz", choices)).toBe("aaaaaaaaaaaaaaa");
    expect(proposedContact("", "zzzzzzzzzzzzzzz", [])).toBe("");
  });

  it("labels each choice with its role", () => {
    expect(contactOptions(choices)[1]).toEqual({ value: "bbbbbbbbbbbbbbb", label: "Bram Jansen (innovatiemanager)" });
  });
});

describe("the contact line on a pilot or lesson page", () => {
  it("names the person, the role and the municipality", () => {
    expect(contactLine({ contact_name: "Anna de Boer", contact_role: "directeur" }, "Utrecht")).toBe("Anna de Boer (directeur, Utrecht)");
  });

  it("shows nothing without a name, as for a guest", () => {
    expect(contactLine({}, "Utrecht")).toBeNull();
    expect(contactLine({ contact_name: " ", contact_role: "collega" }, "Utrecht")).toBeNull();
  });
});

describe("the contact field of the forms", () => {
  it("takes an account id, or nothing (PocketBase then names the creator)", () => {
    expect(contactField.parse("aaaaaaaaaaaaaaa")).toBe("aaaaaaaaaaaaaaa");
    expect(contactField.parse("")).toBeUndefined();
    expect(PilotFormSchema.parse(emptyPilotFormWith("")).contact).toBeUndefined();
  });

  it("refuses anything else with a Dutch message at the field", () => {
    const result = PilotFormSchema.safeParse(emptyPilotFormWith("iemand@gemeente.nl"));
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((i) => i.path[0] === "contact");
    expect(issue?.message).toBe("Kies een contactpersoon uit de lijst.");
  });
});

function emptyPilotFormWith(contact: string) {
  return {
    ...emptyPilotForm(),
    title: "Een pilot",
    summary: "Een korte samenvatting.",
    problem: "Een probleem van enige lengte.",
    target_group: "Iedereen",
    hypotheses: [],
    budget_lines: [],
    risks: [],
    contact,
  };
}
