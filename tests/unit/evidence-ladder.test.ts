import { describe, it, expect } from "vitest";
import { assessEvidence, evidenceFactsOf, type EvidenceFacts } from "../../src/domain/evidence-ladder.ts";

const full: EvidenceFacts = {
  described: true,
  hypotheses: 2,
  measuredHypotheses: 1,
  confirmedHypotheses: 1,
  comparisonGroup: true,
  independentReplication: true,
};
const none: EvidenceFacts = {
  described: false,
  hypotheses: 0,
  measuredHypotheses: 0,
  confirmedHypotheses: 0,
  comparisonGroup: false,
  independentReplication: false,
};

const MISSING = {
  described: "Beschrijf de samenvatting, het probleem en de doelgroep.",
  hypothesis: "Leg minstens één hypothese vast met indicator, nulmeting en streefwaarde.",
  measured: "Meet een hypothese minstens twee keer met een steekproef van 10 of meer.",
  confirmed: "Bevestig minstens één hypothese met de metingen.",
  comparison: "Vergelijk de resultaten met een vergelijkingsgroep.",
  replication: "Laat een andere gemeente de pilot onafhankelijk herhalen.",
};

describe("assessEvidence", () => {
  it("puts a pilot at the top with everything in place", () => {
    expect(assessEvidence(full)).toEqual({ level: "sterke_aanwijzingen", missing: [] });
  });

  it("keeps a pilot off the ladder until it is described", () => {
    expect(assessEvidence(none)).toEqual({ level: null, missing: [MISSING.described] });
  });

  it.each([
    ["not described", { described: false }, null, [MISSING.described]],
    ["no hypotheses", { hypotheses: 0 }, "goed_beschreven", [MISSING.hypothesis]],
    ["nothing measured", { measuredHypotheses: 0 }, "goed_onderbouwd", [MISSING.measured]],
    ["nothing confirmed", { confirmedHypotheses: 0 }, "goed_onderbouwd", [MISSING.confirmed]],
    [
      "neither measured nor confirmed",
      { measuredHypotheses: 0, confirmedHypotheses: 0 },
      "goed_onderbouwd",
      [MISSING.measured, MISSING.confirmed],
    ],
    ["no comparison group", { comparisonGroup: false }, "eerste_aanwijzingen", [MISSING.comparison]],
    ["no replication", { independentReplication: false }, "goede_aanwijzingen", [MISSING.replication]],
  ] as const)("%s", (_name, gap: Partial<EvidenceFacts>, level, missing) => {
    expect(assessEvidence({ ...full, ...gap })).toEqual({ level, missing: [...missing] });
  });

  it("stops climbing at the first gap even if higher facts are true", () => {
    expect(assessEvidence({ ...full, hypotheses: 0 })).toEqual({ level: "goed_beschreven", missing: [MISSING.hypothesis] });
    expect(assessEvidence({ ...none, described: true, comparisonGroup: true, independentReplication: true })).toEqual({
      level: "goed_beschreven",
      missing: [MISSING.hypothesis],
    });
  });

  it("does not reach effectiveness on a replication without a comparison group", () => {
    expect(assessEvidence({ ...full, comparisonGroup: false }).level).toBe("eerste_aanwijzingen");
  });
});

describe("evidenceFactsOf", () => {
  const pilot = {
    summary: "Wijkteams benaderen huishoudens.",
    problem: "Schulden worden laat gemeld.",
    target_group: "Huishoudens met achterstanden",
    comparison_group: false,
    independent_replication: true,
  };
  const h = (id: string, indicator = "aantal huishoudens", verdict = "open") => ({ id, indicator, verdict });
  const row = (hypothesis: string, sample_size: number | null, small_sample = false) => ({ hypothesis, sample_size, small_sample });

  it("reads the pilot's flags", () => {
    const facts = evidenceFactsOf(pilot, [], []);
    expect(facts).toEqual({
      described: true,
      hypotheses: 0,
      measuredHypotheses: 0,
      confirmedHypotheses: 0,
      comparisonGroup: false,
      independentReplication: true,
    });
  });

  it.each([
    ["summary", { summary: "" }],
    ["problem", { problem: "   " }],
    ["target group", { target_group: "\n\t" }],
  ])("is not described with a blank %s", (_field, blank) => {
    expect(evidenceFactsOf({ ...pilot, ...blank }, [], []).described).toBe(false);
  });

  it("counts only hypotheses with an indicator", () => {
    const facts = evidenceFactsOf(pilot, [h("a"), h("b", ""), h("c", "  "), h("d", "wachttijd")], []);
    expect(facts.hypotheses).toBe(2);
  });

  it("counts a hypothesis as measured with two usable measurements", () => {
    const facts = evidenceFactsOf(pilot, [h("a"), h("b")], [row("a", 10), row("a", 40), row("b", 40)]);
    expect(facts.measuredHypotheses).toBe(1);
  });

  it("does not count small samples, suppressed rows or rows without a sample size", () => {
    const facts = evidenceFactsOf(
      pilot,
      [h("a"), h("b"), h("c")],
      [row("a", 40), row("a", 9), row("b", 40), row("b", null, true), row("c", 40), row("c", null)],
    );
    expect(facts.measuredHypotheses).toBe(0);
  });

  it("trusts the small_sample flag over a sample size", () => {
    const facts = evidenceFactsOf(pilot, [h("a")], [row("a", 40), row("a", 40, true)]);
    expect(facts.measuredHypotheses).toBe(0);
  });

  it("does not count measurements of another hypothesis", () => {
    const facts = evidenceFactsOf(pilot, [h("a")], [row("a", 40), row("x", 40), row("x", 40)]);
    expect(facts.measuredHypotheses).toBe(0);
  });

  it("counts confirmed hypotheses by their recorded verdict", () => {
    const facts = evidenceFactsOf(
      pilot,
      [h("a", "x", "bevestigd"), h("b", "x", "onbeslist"), h("c", "x", "bevestigd"), h("d", "x", "verworpen")],
      [],
    );
    expect(facts.confirmedHypotheses).toBe(2);
  });

  it("feeds the ladder: a measured, confirmed hypothesis gives eerste aanwijzingen", () => {
    const facts = evidenceFactsOf(pilot, [h("a", "x", "bevestigd")], [row("a", 12), row("a", 15)]);
    expect(assessEvidence(facts)).toEqual({ level: "eerste_aanwijzingen", missing: [MISSING.comparison] });
  });
});
