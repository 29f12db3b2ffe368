import { describe, expect, it } from "vitest";
import { localFactsMessages } from "../../src/domain/adoption.ts";
import { comparisonMessages } from "../../src/domain/evaluation.ts";
import {
  MIN_THEORY_OF_CHANGE,
  PLANNING_STAGES,
  assessEvidence,
  evidenceFactsOf,
  type EvidenceFacts,
} from "../../src/domain/evidence-ladder.ts";
import * as options from "../../src/domain/options.ts";
import { MIN_SAMPLE_SIZE } from "../../src/domain/suppression.ts";
import { MIN_MEASUREMENTS } from "../../src/domain/verdict.ts";
import { loadHookLib } from "../support/hook-lib.ts";

/**
 * The evidence ladder and the rules around it are stated twice: in src/domain for the pages and
 * forms, and in pocketbase/pb_hooks/lib for PocketBase, which decides. Here the hook libraries run
 * in Node next to the domain on tables of cases; a change on one side only fails here.
 * (Other shared facts: tests/integration/domain-matches-pocketbase.test.ts.)
 */

type Facts = EvidenceFacts;
type Lib = {
  LEVELS: string[];
  MIN_MEASUREMENTS: number;
  MIN_SAMPLE_SIZE: number;
  MIN_THEORY_OF_CHANGE: number;
  PLANNING_STAGES: string[];
  levelOf: (facts: Facts) => string;
  factsOf: (pilot: object, hypotheses: object[], measurements: object[], replicated: string[]) => Facts;
};

describe("evidence-level.js places a pilot on the ladder as src/domain/evidence-ladder.ts does", () => {
  const lib = loadHookLib<Lib>("evidence-level.js");

  it("has the same rungs, thresholds and planning stages", () => {
    expect([lib.LEVELS, lib.MIN_MEASUREMENTS, lib.MIN_SAMPLE_SIZE, lib.MIN_THEORY_OF_CHANGE, lib.PLANNING_STAGES]).toEqual([
      [...options.evidenceLevels.values],
      MIN_MEASUREMENTS,
      MIN_SAMPLE_SIZE,
      MIN_THEORY_OF_CHANGE,
      [...PLANNING_STAGES],
    ]);
  });

  const bools = [false, true];
  const counts = [0, 1, 2];
  const everyFacts: Facts[] = bools.flatMap((inPractice) =>
    bools.flatMap((described) =>
      counts.flatMap((hypotheses) =>
        bools.flatMap((theoryOfChange) =>
          counts.flatMap((confirmedMeasured) =>
            counts.flatMap((compared) =>
              counts.map((replicated) => ({ inPractice, described, hypotheses, theoryOfChange, confirmedMeasured, compared, replicated })),
            ),
          ),
        ),
      ),
    ),
  );

  it(`gives the same level for every combination of facts (${everyFacts.length})`, () => {
    const mismatches = everyFacts.filter((facts) => lib.levelOf(facts) !== (assessEvidence(facts).level ?? ""));
    expect(mismatches).toEqual([]);
  });

  const pilot = {
    stage: "uitvoering" as options.Stage,
    summary: "Samenvatting",
    problem: "Probleem",
    target_group: "Jongeren",
    theory_of_change: "t".repeat(MIN_THEORY_OF_CHANGE),
  };
  const h = (id: string, verdict = "bevestigd", indicator = "baan", baseline = 40, target = 60) => ({
    id,
    indicator,
    baseline,
    target,
    verdict,
  });
  const m = (hypothesis: string, sample_size: number, comparison_sample_size = 0) => ({
    hypothesis,
    sample_size,
    comparison_sample_size,
    small_sample: false,
  });
  it.each([
    { name: "described", pilot, hypotheses: [], measurements: [], replicated: [] },
    { name: "an idea", pilot: { ...pilot, stage: "idee" as const }, hypotheses: [h("h1")], measurements: [], replicated: [] },
    { name: "a blank field", pilot: { ...pilot, problem: " \n\t " }, hypotheses: [], measurements: [], replicated: [] },
    {
      name: "a theory one short",
      pilot: { ...pilot, theory_of_change: ` ${"t".repeat(MIN_THEORY_OF_CHANGE - 1)} ` },
      hypotheses: [],
      measurements: [],
      replicated: [],
    },
    { name: "a hypothesis without indicator", pilot, hypotheses: [h("h1", "bevestigd", "  ")], measurements: [], replicated: [] },
    { name: "a target equal to its baseline", pilot, hypotheses: [h("h1", "open", "baan", 5, 5)], measurements: [], replicated: [] },
    {
      name: "one confirmed, another measured",
      pilot,
      hypotheses: [h("h1"), h("h2", "open")],
      measurements: [m("h2", 10), m("h2", 40), m("h1", 40)],
      replicated: [],
    },
    {
      name: "confirmed, measured and compared",
      pilot,
      hypotheses: [h("h1"), h("h2", "onbeslist")],
      measurements: [m("h1", 10), m("h1", 40, 10), m("h2", 40, 40), m("h2", 40, 40)],
      replicated: [],
    },
    { name: "a comparison group too small", pilot, hypotheses: [h("h1")], measurements: [m("h1", 40, 9), m("h1", 40)], replicated: [] },
    { name: "one sample too small", pilot, hypotheses: [h("h1")], measurements: [m("h1", 9, 40), m("h1", 40)], replicated: [] },
    { name: "measurements of another hypothesis", pilot, hypotheses: [h("h1")], measurements: [m("hx", 40), m("hx", 40)], replicated: [] },
    { name: "replicated", pilot, hypotheses: [h("h1"), h("h2", "open")], measurements: [], replicated: ["h1", "h2", "hx"] },
  ])("reads the same facts from a pilot's records: $name", ({ pilot, hypotheses, measurements, replicated }) => {
    expect(lib.factsOf(pilot, hypotheses, measurements, replicated)).toEqual(evidenceFactsOf(pilot, hypotheses, measurements, replicated));
  });
});

describe("evidence-level.js replicatedHypotheses: the original's hypotheses an adopter confirmed", () => {
  const { replicatedHypotheses } = loadHookLib<{ replicatedHypotheses: (municipality: string, copies: object[]) => string[] }>(
    "evidence-level.js",
  );
  const measured = [
    { hypothesis: "c1", sample_size: 30 },
    { hypothesis: "c1", sample_size: 30 },
  ];
  const copy = (overrides: object = {}) => ({
    municipality: "elders",
    stage: "uitvoering",
    hypotheses: [{ id: "c1", adopted_from: "o1", verdict: "bevestigd" }],
    measurements: measured,
    ...overrides,
  });
  it.each([
    { name: "in another municipality, in practice, confirmed and measured", copies: [copy()], expected: ["o1"] },
    { name: "in the original's own municipality", copies: [copy({ municipality: "hier" })], expected: [] },
    { name: "still in ontwerp", copies: [copy({ stage: "ontwerp" })], expected: [] },
    { name: "confirmed without measurements", copies: [copy({ measurements: [] })], expected: [] },
    {
      name: "measured with samples under 10",
      copies: [copy({ measurements: measured.map((row) => ({ ...row, sample_size: 9 })) })],
      expected: [],
    },
    { name: "not confirmed", copies: [copy({ hypotheses: [{ id: "c1", adopted_from: "o1", verdict: "open" }] })], expected: [] },
    {
      name: "an own hypothesis, not copied",
      copies: [copy({ hypotheses: [{ id: "c1", adopted_from: "", verdict: "bevestigd" }] })],
      expected: [],
    },
    { name: "two adopters of the same hypothesis", copies: [copy(), copy({ municipality: "derde" })], expected: ["o1"] },
  ])("$name", ({ copies, expected }) => {
    expect(replicatedHypotheses("hier", copies)).toEqual(expected);
  });
});

describe("the messages PocketBase gives are the forms' own", () => {
  it("adoption-local-facts.js: the copy's local facts, and its planning stages", () => {
    const lib = loadHookLib<{ MESSAGES: object; PLANNING_STAGES: string[] }>("adoption-local-facts.js");
    expect([lib.MESSAGES, lib.PLANNING_STAGES]).toEqual([localFactsMessages, [...PLANNING_STAGES]]);
  });

  it("measurement-comparison.js: a comparison group is both or neither", () => {
    expect(loadHookLib<{ MESSAGES: object }>("measurement-comparison.js").MESSAGES).toEqual(comparisonMessages);
  });
});
