import { describe, expect, it } from "vitest";
import { fieldId, flattenErrorTree, issuesToFieldErrors, summaryEntries, withRowName } from "../../src/domain/field-errors.ts";
import { DecisionFormSchema } from "../../src/domain/stage-gate.ts";
import { emptyPilotForm, PilotFormSchema } from "../../src/domain/pilot.ts";

const error = (message: string) => ({ type: "custom", message, ref: { name: "x" } });

describe("flattenErrorTree", () => {
  it("lists every error of a react-hook-form tree, rows and a list's own error included", () => {
    const tree = {
      title: error("Vul een titel in."),
      hypotheses: Object.assign([undefined, { baseline: error("Vul de nulmeting in.") }], { root: error("Voeg een hypothese toe.") }),
      risks: [{ title: error("Vul het risico in."), likelihood: error("Kies de kans.") }],
    };
    expect(flattenErrorTree(tree)).toEqual([
      { path: "title", message: "Vul een titel in." },
      { path: "hypotheses.1.baseline", message: "Vul de nulmeting in." },
      { path: "hypotheses", message: "Voeg een hypothese toe." },
      { path: "risks.0.title", message: "Vul het risico in." },
      { path: "risks.0.likelihood", message: "Kies de kans." },
    ]);
  });

  it("finds nothing in an empty tree", () => {
    expect(flattenErrorTree({})).toEqual([]);
    expect(flattenErrorTree(undefined)).toEqual([]);
  });
});

describe("withRowName", () => {
  it("names the row a message belongs to, counting from 1", () => {
    expect(withRowName("hypotheses.1.baseline", "Vul de nulmeting in.")).toBe("Hypothese 2: vul de nulmeting in.");
    expect(withRowName("budget_lines.0.planned_cents", "Vul het bedrag in.")).toBe("Begrotingsregel 1: vul het bedrag in.");
    expect(withRowName("risks.2.title", "Vul het risico in.")).toBe("Risico 3: vul het risico in.");
    expect(withRowName("measurements.1.period", "Vul de maand in.")).toBe("Meting 2: vul de maand in.");
    expect(withRowName("testimonials.0.consent", "Vink toestemming aan.")).toBe("Citaat 1: vink toestemming aan.");
    expect(withRowName("partners.3.name", "Vul de naam in.")).toBe("Partner 4: vul de naam in.");
  });

  it("leaves a field outside rows, and an abbreviation, as they are", () => {
    expect(withRowName("title", "Vul een titel in.")).toBe("Vul een titel in.");
    expect(withRowName("budget_lines.0.source", "ESF+ vraagt een jaar.")).toBe("Begrotingsregel 1: ESF+ vraagt een jaar.");
  });
});

describe("summaryEntries", () => {
  const form = ["title", "hypotheses", "hypotheses.0.statement", "hypotheses.0.baseline", "hypotheses.1.baseline", "risks.0.title"].map(
    fieldId,
  );

  it("follows the form's order, not the order the errors came in", () => {
    const entries = summaryEntries(
      [
        { path: "risks.0.title", message: "Vul het risico in." },
        { path: "hypotheses.1.baseline", message: "Vul de nulmeting in." },
        { path: "title", message: "Vul een titel in." },
        { path: "hypotheses.0.baseline", message: "Vul de nulmeting in." },
      ],
      form,
    );
    expect(entries).toEqual([
      { target: "veld-title", message: "Vul een titel in." },
      { target: "veld-hypotheses-0-baseline", message: "Hypothese 1: vul de nulmeting in." },
      { target: "veld-hypotheses-1-baseline", message: "Hypothese 2: vul de nulmeting in." },
      { target: "veld-risks-0-title", message: "Risico 1: vul het risico in." },
    ]);
  });

  it("links an error without a control of its own to the nearest enclosing element that has one", () => {
    expect(summaryEntries({ hypotheses: "Voeg een hypothese toe.", "hypotheses.0": "Deze hypothese klopt niet." }, form)).toEqual([
      { target: "veld-hypotheses", message: "Voeg een hypothese toe." },
      { target: "veld-hypotheses", message: "Hypothese 1: deze hypothese klopt niet." },
    ]);
    expect(summaryEntries({ municipality: "Kies een gemeente." }, form)).toEqual([{ target: "veld-title", message: "Kies een gemeente." }]);
  });
});

describe("a refused form lists every error at once", () => {
  it("the decision asks for the stop reason even while the rationale is missing too", () => {
    const result = DecisionFormSchema.safeParse({ decision: "stoppen", decision_rationale: "", stop_reason: "" });
    expect(result.success).toBe(false);
    expect(Object.keys(issuesToFieldErrors(result.error?.issues ?? []))).toEqual(["decision_rationale", "stop_reason"]);
  });

  it("the pilot's end date is checked even while the title is missing", () => {
    const form = { ...emptyPilotForm(), hypotheses: [], budget_lines: [], risks: [], start_date: "2026-05-01", end_date: "2026-04-01" };
    const result = PilotFormSchema.safeParse(form);
    expect(Object.keys(issuesToFieldErrors(result.error?.issues ?? []))).toContain("end_date");
    expect(Object.keys(issuesToFieldErrors(result.error?.issues ?? []))).toContain("title");
  });
});
