import { describe, it, expect } from "vitest";
import { DecisionFormSchema, VerdictFormSchema, decisionBlocker } from "../../src/domain/stage-gate.ts";
import type { Stage } from "../../src/domain/options.ts";

const STOP_MESSAGE = "Geef de reden om te stoppen (minstens 10 tekens): daar leren andere gemeenten van.";
const VERDICT_MESSAGE = "Leg uit waarom u afwijkt van het voorgestelde oordeel (minstens 10 tekens).";

const issuesOf = (result: { success: boolean; error?: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> } }) =>
  result.success ? [] : (result.error?.issues ?? []).map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));

describe("DecisionFormSchema", () => {
  const form = (overrides: Record<string, unknown>) => ({
    decision: "opschalen",
    decision_rationale: "De hypothesen zijn bevestigd.",
    stop_reason: "",
    ...overrides,
  });

  it("parses a decision and trims the texts", () => {
    expect(DecisionFormSchema.parse(form({ decision_rationale: "  De hypothesen zijn bevestigd.  " }))).toEqual({
      decision: "opschalen",
      decision_rationale: "De hypothesen zijn bevestigd.",
      stop_reason: "",
    });
  });

  it("keeps the stop reason when stopping", () => {
    expect(DecisionFormSchema.parse(form({ decision: "stoppen", stop_reason: "  Te weinig deelnemers.  " })).stop_reason).toBe(
      "Te weinig deelnemers.",
    );
  });

  it.each([
    ["", "empty"],
    ["Te duur.", "too short"],
    ["   kort      ", "short after trimming"],
  ])("requires a stop reason of 10 characters when stopping: %j (%s)", (stop_reason) => {
    expect(issuesOf(DecisionFormSchema.safeParse(form({ decision: "stoppen", stop_reason })))).toEqual([
      { path: "stop_reason", message: STOP_MESSAGE },
    ]);
  });

  it("accepts a stop reason of exactly 10 characters", () => {
    expect(DecisionFormSchema.safeParse(form({ decision: "stoppen", stop_reason: "1234567890" })).success).toBe(true);
  });

  it.each(["opschalen", "borgen", "bijstellen"])("clears the stop reason for %s", (decision) => {
    const parsed = DecisionFormSchema.parse(form({ decision, stop_reason: "Een reden die niet meer geldt." }));
    expect(parsed.decision).toBe(decision);
    expect(parsed.stop_reason).toBe("");
  });

  it.each([
    [undefined, "Vul de onderbouwing van het besluit in."],
    // An empty field asks to fill it in; only text that is there can be too short.
    ["", "Vul de onderbouwing van het besluit in."],
    ["Goed zo.", "Gebruik minstens 10 tekens."],
  ])("requires a rationale: %j", (decision_rationale, message) => {
    expect(issuesOf(DecisionFormSchema.safeParse(form({ decision_rationale })))).toEqual([{ path: "decision_rationale", message }]);
  });

  it("reports a short rationale and a missing stop reason together", () => {
    expect(issuesOf(DecisionFormSchema.safeParse(form({ decision: "stoppen", decision_rationale: "kort", stop_reason: "" })))).toEqual([
      { path: "decision_rationale", message: "Gebruik minstens 10 tekens." },
      { path: "stop_reason", message: STOP_MESSAGE },
    ]);
  });

  it.each(["doorgaan", "", "STOPPEN"])("refuses decision %j", (decision) => {
    expect(issuesOf(DecisionFormSchema.safeParse(form({ decision })))).toEqual([{ path: "decision", message: "Kies een besluit." }]);
  });

  it("refuses a stop reason over 2000 characters", () => {
    expect(issuesOf(DecisionFormSchema.safeParse(form({ decision: "stoppen", stop_reason: "x".repeat(2001) })))).toEqual([
      { path: "stop_reason", message: "Maximaal 2000 tekens." },
    ]);
  });
});

describe("decisionBlocker", () => {
  const stages: Stage[] = ["idee", "ontwerp", "uitvoering", "evaluatie", "besluit"];
  const endEvaluation = { kind: "eindevaluatie", text: "Een besluit kan pas worden vastgelegd na een eindevaluatie." };
  const stage = { kind: "fase", text: "Zet de pilot eerst in de fase Evaluatie." };
  const lesson = { kind: "les", text: "Leg eerst minstens één les uit deze pilot vast: met het besluit gaat de kennis over." };

  it.each(stages.flatMap((s) => [0, 3].map((lessons) => ({ stage: s, lessons }))))(
    "asks for an end evaluation first: $stage with $lessons lessons and none",
    ({ stage, lessons }) => {
      expect(decisionBlocker({ stage }, 0, lessons)).toEqual(endEvaluation);
    },
  );

  it.each(["idee", "ontwerp", "uitvoering"] as const)("then for the stage Evaluatie: a pilot in %s, with or without lessons", (s) => {
    expect([decisionBlocker({ stage: s }, 1, 0), decisionBlocker({ stage: s }, 2, 1)]).toEqual([stage, stage]);
  });

  it.each(["evaluatie", "besluit"] as const)("then for a lesson: a pilot in %s with an end evaluation and no lesson", (s) => {
    expect(decisionBlocker({ stage: s }, 1, 0)).toEqual(lesson);
  });

  it.each(["evaluatie", "besluit"] as const)("lets a pilot in %s with an end evaluation and a lesson be decided", (s) => {
    expect([decisionBlocker({ stage: s }, 1, 1), decisionBlocker({ stage: s }, 3, 5)]).toEqual([null, null]);
  });
});

describe("VerdictFormSchema", () => {
  it("confirms the proposal without a reason", () => {
    expect(VerdictFormSchema.parse({ verdict: "bevestigd", proposed: "bevestigd", verdict_reason: "" })).toEqual({
      verdict: "bevestigd",
      proposed: "bevestigd",
      verdict_reason: "",
    });
  });

  it.each([
    ["", "no reason"],
    ["Anders.", "too short"],
    ["   kort        ", "short after trimming"],
  ])("needs a reason to overrule the proposal: %j (%s)", (verdict_reason) => {
    const result = VerdictFormSchema.safeParse({ verdict: "verworpen", proposed: "onbeslist", verdict_reason });
    expect(issuesOf(result)).toEqual([{ path: "verdict_reason", message: VERDICT_MESSAGE }]);
  });

  it("overrules the proposal with a reason of 10 characters or more", () => {
    const parsed = VerdictFormSchema.parse({ verdict: "verworpen", proposed: "onbeslist", verdict_reason: "  De meting was vertekend.  " });
    expect(parsed).toEqual({ verdict: "verworpen", proposed: "onbeslist", verdict_reason: "De meting was vertekend." });
  });

  it.each([
    ["verdict", { verdict: "misschien" }, "Kies een oordeel."],
    ["proposed", { proposed: "" }, "Onbekend voorstel."],
  ])("refuses an unknown %s", (path, overrides, message) => {
    const result = VerdictFormSchema.safeParse({ verdict: "open", proposed: "open", verdict_reason: "", ...overrides });
    expect(issuesOf(result)).toEqual([{ path, message }]);
  });
});
