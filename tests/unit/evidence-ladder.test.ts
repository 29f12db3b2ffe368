import { describe, it, expect } from "vitest";
import { assessEvidence, evidenceFactsOf, type EvidenceFacts } from "../../src/domain/evidence-ladder.ts";
import type { Stage } from "../../src/domain/options.ts";

const full: EvidenceFacts = {
  inPractice: true,
  described: true,
  hypotheses: 2,
  theoryOfChange: true,
  confirmedMeasured: 1,
  compared: 1,
  replicated: 1,
};
const none: EvidenceFacts = {
  inPractice: false,
  described: false,
  hypotheses: 0,
  theoryOfChange: false,
  confirmedMeasured: 0,
  compared: 0,
  replicated: 0,
};

const MISSING = {
  practice: "Zet de pilot in uitvoering: de erkenningsniveaus beschrijven de praktijk, geen plannen.",
  described: "Beschrijf de samenvatting, het probleem en de doelgroep.",
  hypothesis: "Leg minstens één hypothese vast met indicator, nulmeting en een andere streefwaarde.",
  theory: "Beschrijf de veranderingstheorie (minstens 100 tekens): waarom leidt de aanpak tot het beoogde effect?",
  measured: "Meet een hypothese minstens 2 keer met 10 of meer deelnemers en bevestig dezelfde hypothese met die metingen.",
  comparison: "Meet bij een bevestigde hypothese ook een vergelijkingsgroep van 10 of meer deelnemers die niet meededen.",
  replication: "Een andere gemeente neemt de pilot over en bevestigt dezelfde hypothese met eigen metingen (een herhaling).",
};

describe("assessEvidence", () => {
  it("puts a pilot at the top with everything in place", () => {
    expect(assessEvidence(full)).toEqual({ level: "sterke_aanwijzingen", missing: [] });
  });

  it("keeps a plan off the ladder and says everything the first rung needs", () => {
    expect(assessEvidence(none)).toEqual({ level: null, missing: [MISSING.practice, MISSING.described, MISSING.hypothesis] });
  });

  it.each([
    ["a plan (idee or ontwerp)", { inPractice: false }, null, [MISSING.practice]],
    ["not described", { described: false }, null, [MISSING.described]],
    ["no hypothesis with indicator, baseline and target", { hypotheses: 0 }, null, [MISSING.hypothesis]],
    ["no theory of change", { theoryOfChange: false }, "goed_beschreven", [MISSING.theory]],
    ["no confirmed, measured hypothesis", { confirmedMeasured: 0 }, "goed_onderbouwd", [MISSING.measured]],
    ["no comparison group", { compared: 0 }, "eerste_aanwijzingen", [MISSING.comparison]],
    ["no replication", { replicated: 0 }, "goede_aanwijzingen", [MISSING.replication]],
  ] as const)("%s", (_name, gap: Partial<EvidenceFacts>, level, missing) => {
    expect(assessEvidence({ ...full, ...gap })).toEqual({ level, missing: [...missing] });
  });

  it("stops climbing at the first gap even if higher facts are true", () => {
    expect(assessEvidence({ ...full, theoryOfChange: false })).toEqual({ level: "goed_beschreven", missing: [MISSING.theory] });
    expect(assessEvidence({ ...full, inPractice: false }).level).toBeNull();
    expect(assessEvidence({ ...full, confirmedMeasured: 0, compared: 0 }).level).toBe("goed_onderbouwd");
  });
});

describe("evidenceFactsOf", () => {
  const pilot = {
    stage: "uitvoering" as Stage,
    summary: "Wijkteams benaderen huishoudens.",
    problem: "Schulden worden laat gemeld.",
    target_group: "Huishoudens met achterstanden",
    theory_of_change: "x".repeat(100),
  };
  const h = (id: string, verdict = "open", indicator = "aantal huishoudens", baseline = 100, target = 80) => ({
    id,
    indicator,
    baseline,
    target,
    verdict,
  });
  const row = (hypothesis: string, sample_size: number | null, comparison_sample_size: number | null = null, small_sample = false) => ({
    hypothesis,
    sample_size,
    small_sample,
    comparison_sample_size,
  });
  const facts = (...args: Partial<Parameters<typeof evidenceFactsOf>>) =>
    evidenceFactsOf(args[0] ?? pilot, args[1] ?? [], args[2] ?? [], args[3] ?? []);

  it.each(["idee", "ontwerp"] as const)("reads stage %s as a plan", (stage) => {
    expect(facts({ ...pilot, stage }).inPractice).toBe(false);
  });

  it.each(["uitvoering", "evaluatie", "besluit"] as const)("reads stage %s as practice", (stage) => {
    expect(facts({ ...pilot, stage }).inPractice).toBe(true);
  });

  it.each([
    ["summary", { summary: "" }],
    ["problem", { problem: "   " }],
    ["target group", { target_group: "\n\t" }],
  ])("is not described with a blank %s", (_field, blank) => {
    expect(facts({ ...pilot, ...blank }).described).toBe(false);
  });

  it("counts hypotheses with an indicator and a target that differs from the baseline", () => {
    const counted = facts(pilot, [
      h("a"),
      h("b", "open", ""),
      h("c", "open", "  "),
      h("d", "open", "wachttijd", 5, 5),
      h("e", "open", "x", 0, 1),
    ]);
    expect(counted.hypotheses).toBe(2);
  });

  it("needs a theory of change of 100 characters, blanks not counted", () => {
    expect(facts({ ...pilot, theory_of_change: "x".repeat(99) }).theoryOfChange).toBe(false);
    expect(facts({ ...pilot, theory_of_change: ` ${"x".repeat(99)}  ` }).theoryOfChange).toBe(false);
    expect(facts({ ...pilot, theory_of_change: "x".repeat(100) }).theoryOfChange).toBe(true);
  });

  it("counts a hypothesis only when the same one is confirmed and measured twice with 10 or more", () => {
    const counted = facts(
      pilot,
      [h("a", "bevestigd"), h("b", "open"), h("c", "bevestigd")],
      [row("a", 10), row("a", 40), row("b", 40), row("b", 40), row("c", 40)],
    );
    expect(counted.confirmedMeasured).toBe(1);
  });

  it("counts no measured hypothesis and no confirmed one as nothing, even side by side", () => {
    expect(facts(pilot, [h("a", "open"), h("b", "bevestigd")], [row("a", 40), row("a", 40)]).confirmedMeasured).toBe(0);
  });

  it("does not count small samples, suppressed rows or rows without a sample size", () => {
    const counted = facts(
      pilot,
      [h("a", "bevestigd"), h("b", "bevestigd"), h("c", "bevestigd")],
      [row("a", 40), row("a", 9), row("b", 40), row("b", null, null, true), row("c", 40), row("c", null)],
    );
    expect(counted.confirmedMeasured).toBe(0);
  });

  it("trusts the small_sample flag over a sample size", () => {
    expect(facts(pilot, [h("a", "bevestigd")], [row("a", 40), row("a", 40, null, true)]).confirmedMeasured).toBe(0);
  });

  it("counts a comparison only on a confirmed, measured hypothesis, from a comparison group of 10 or more", () => {
    const rows = [row("a", 40, 9), row("a", 40), row("b", 40, 30), row("b", 40, 30), row("c", 40), row("c", 40, 10)];
    const counted = facts(pilot, [h("a", "bevestigd"), h("b", "verworpen"), h("c", "bevestigd")], rows);
    expect([counted.confirmedMeasured, counted.compared]).toEqual([2, 1]);
  });

  it("does not count a comparison on a measurement whose own sample is too small", () => {
    const counted = facts(pilot, [h("a", "bevestigd")], [row("a", 40), row("a", 40), row("a", 5, 40)]);
    expect(counted.compared).toBe(0);
  });

  it("counts a replication only of its own confirmed hypotheses", () => {
    const counted = facts(pilot, [h("a", "bevestigd"), h("b", "open")], [], ["a", "b", "elsewhere"]);
    expect(counted.replicated).toBe(1);
  });

  it("feeds the ladder: a confirmed, measured hypothesis with a theory of change gives eerste aanwijzingen", () => {
    expect(assessEvidence(facts(pilot, [h("a", "bevestigd")], [row("a", 12), row("a", 15)]))).toEqual({
      level: "eerste_aanwijzingen",
      missing: [MISSING.comparison],
    });
  });

  it("keeps a copy in ontwerp off the ladder whatever it copied", () => {
    const copied = facts({ ...pilot, stage: "ontwerp" }, [h("a", "bevestigd")], [row("a", 40, 40), row("a", 40, 40)], ["a"]);
    expect(assessEvidence(copied).level).toBeNull();
  });
});
