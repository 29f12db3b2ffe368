import { describe, expect, it } from "vitest";
import { adoptedPilotFormSchema, localFactsIssues, localFactsMessages, type OriginalFacts } from "../../src/domain/adoption.ts";
import type { Stage } from "../../src/domain/options.ts";
import { validForm, validHypothesis } from "./pilot-forms.ts";

/**
 * An adopted copy replaces the original's target group and baselines before it goes into practice.
 * PocketBase refuses it (pocketbase/pb_hooks/lib/adoption-local-facts.js); the form says so at the
 * fields when it knows the original's values.
 */

const copied = "hyp000000000001";
const original: OriginalFacts = { target_group: "Huishoudens in Zwolle-Zuid met betalingsachterstanden", baselines: { [copied]: 40 } };
const form = (overrides: { stage?: Stage; target_group?: string; baseline?: number; id?: string } = {}) => ({
  stage: overrides.stage ?? "uitvoering",
  target_group: overrides.target_group ?? "Huishoudens in Oisterwijk met betalingsachterstanden",
  hypotheses: [
    { id: "hyp000000000009", baseline: 40 },
    { id: overrides.id ?? copied, baseline: overrides.baseline ?? 55 },
  ],
});

describe("localFactsIssues", () => {
  it("lets a copy with its own target group and baselines into practice", () => {
    expect(localFactsIssues(form(), "ontwerp", original)).toEqual([]);
  });

  it("refuses the original's target group, whatever its spacing or case, at the field and at the stage", () => {
    expect(
      localFactsIssues(form({ target_group: "  huishoudens in Zwolle-Zuid   met betalingsachterstanden " }), "ontwerp", original),
    ).toEqual([
      { path: ["stage"], message: localFactsMessages.stage },
      { path: ["target_group"], message: localFactsMessages.target_group },
    ]);
  });

  it("refuses a copied hypothesis that keeps the original's baseline, at its row", () => {
    expect(localFactsIssues(form({ baseline: 40 }), "idee", original)).toEqual([
      { path: ["stage"], message: localFactsMessages.stage },
      { path: ["hypotheses", 1, "baseline"], message: localFactsMessages.baseline },
    ]);
  });

  it("compares only copied hypotheses: an own one may have any baseline", () => {
    expect(localFactsIssues(form({ baseline: 40, id: "hyp000000000007" }), "ontwerp", original)).toEqual([]);
  });

  it.each(["idee", "ontwerp"] as const)("lets the copy stay in %s with the original's facts", (stage) => {
    expect(localFactsIssues(form({ stage, target_group: original.target_group, baseline: 40 }), "ontwerp", original)).toEqual([]);
  });

  it.each(["uitvoering", "evaluatie"] as const)("does not ask again once the copy was in %s", (storedStage) => {
    expect(localFactsIssues(form({ target_group: original.target_group, baseline: 40 }), storedStage, original)).toEqual([]);
  });
});

describe("adoptedPilotFormSchema", () => {
  it("adds the local facts to the pilot form's own checks", () => {
    const input = {
      ...validForm(),
      stage: "uitvoering" as const,
      target_group: original.target_group,
      hypotheses: [{ ...validHypothesis(), id: copied, baseline: "40", target: "30" }],
    };
    const result = adoptedPilotFormSchema("ontwerp", original).safeParse(input);
    expect(result.success ? [] : result.error.issues.map((issue) => issue.path.join("."))).toEqual([
      "stage",
      "target_group",
      "hypotheses.0.baseline",
    ]);
    const replaced = { ...input, target_group: "Huishoudens in Oisterwijk", hypotheses: [{ ...input.hypotheses[0]!, baseline: "45" }] };
    expect(adoptedPilotFormSchema("ontwerp", original).safeParse(replaced).success).toBe(true);
  });
});
