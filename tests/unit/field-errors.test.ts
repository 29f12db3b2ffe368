import { describe, it, expect } from "vitest";
import { issuesToFieldErrors } from "../../src/domain/field-errors.ts";

describe("issuesToFieldErrors", () => {
  it("joins each path with dots, numbers included", () => {
    expect(
      issuesToFieldErrors([
        { path: ["title"], message: "Vul een titel in." },
        { path: ["hypotheses", 0, "baseline"], message: "Vul de nulmeting in als getal, bijvoorbeeld 850 of 72,5." },
        { path: ["risks", 12, "likelihood"], message: "Kies de kans van 1 tot en met 5." },
      ]),
    ).toEqual({
      title: "Vul een titel in.",
      "hypotheses.0.baseline": "Vul de nulmeting in als getal, bijvoorbeeld 850 of 72,5.",
      "risks.12.likelihood": "Kies de kans van 1 tot en met 5.",
    });
  });

  it("keeps the first message when a path has several", () => {
    expect(
      issuesToFieldErrors([
        { path: ["tags"], message: "Maximaal 20 trefwoorden." },
        { path: ["tags"], message: "Een trefwoord heeft maximaal 40 tekens." },
        { path: ["risks", 0, "title"], message: "Eerste." },
        { path: ["risks", 1, "title"], message: "Andere rij." },
        { path: ["risks", 0, "title"], message: "Tweede." },
      ]),
    ).toEqual({
      tags: "Maximaal 20 trefwoorden.",
      "risks.0.title": "Eerste.",
      "risks.1.title": "Andere rij.",
    });
  });

  it("puts an issue about the whole form under the empty path", () => {
    expect(issuesToFieldErrors([{ path: [], message: "Het formulier is ongeldig." }])).toEqual({ "": "Het formulier is ongeldig." });
  });

  it("returns no errors for no issues", () => {
    expect(issuesToFieldErrors([])).toEqual({});
  });
});
