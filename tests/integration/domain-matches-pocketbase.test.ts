import type { CollectionField, CollectionModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { PILOTS_PER_PAGE } from "../../src/data/pilots.ts";
import { recordSelects } from "../../src/data/record-fields.ts";
import { assessEvidence, evidenceFactsOf, type EvidenceFacts } from "../../src/domain/evidence-ladder.ts";
import { lessonFacets } from "../../src/domain/lesson-filters.ts";
import { limits } from "../../src/domain/limits.ts";
import * as options from "../../src/domain/options.ts";
import { BudgetLineRowSchema, RiskRowSchema } from "../../src/domain/pilot.ts";
import { PilotFiltersSchema, searchableText } from "../../src/domain/pilot-filters.ts";
import { DecisionFormSchema, decisionBlocker } from "../../src/domain/stage-gate.ts";
import { MIN_SAMPLE_SIZE } from "../../src/domain/suppression.ts";
import { MIN_MEASUREMENTS } from "../../src/domain/verdict.ts";
import { loadHookLib } from "../support/hook-lib.ts";
import { admin } from "./fixtures.ts";

/**
 * Facts that both runtimes need are stated once in src/domain and checked here against what
 * PocketBase actually runs: the live schema (as the migrations left it) and the hook libraries
 * (pocketbase/pb_hooks/lib, loaded in Node). A change on one side only fails here.
 * Text limits: tests/integration/schema-limits.test.ts.
 */

/**
 * Which option list of src/domain/options.ts each select field holds, as src/data/record-fields.ts
 * maps them (the type check holds that map to the record types).
 */
const selectFields: Record<string, readonly string[]> = Object.fromEntries(
  Object.entries(recordSelects).flatMap(([collection, fields]) =>
    Object.entries(fields ?? {}).map(([field, values]) => [`${collection}.${field}`, values]),
  ),
);
/** Select fields only hooks write (pb_hooks/audit.pb.js): no form offers them, so src/domain has no list. */
const hookOnlySelects = ["audit_log.action", "audit_log.actor_kind"];

describe("the live schema holds the domain's option lists", () => {
  let collections: CollectionModel[];
  beforeAll(async () => {
    collections = await (await admin()).collections.getFullList();
  });
  const selects = () =>
    collections
      .filter((c) => c.type !== "view" && !c.system)
      .flatMap((c) =>
        c.fields
          .filter((f: CollectionField) => f.type === "select")
          .map((f: CollectionField) => ({ key: `${c.name}.${f.name}`, field: f })),
      );

  it("every select field has its option list, and every listed field exists", () => {
    expect(
      selects()
        .map((s) => s.key)
        .sort(),
    ).toEqual([...Object.keys(selectFields), ...hookOnlySelects].sort());
  });

  it.each(Object.entries(selectFields))("%s has exactly the option values, in order", (key, values) => {
    const found = selects().find((s) => s.key === key);
    expect(found?.field.values).toEqual([...values]);
  });

  /** A number field's bounds, probed through the form's own schema: the bounds pass, one past them does not. */
  it.each([
    { key: "risks.likelihood", parse: (v: string) => RiskRowSchema.shape.likelihood.safeParse(v).success },
    { key: "risks.impact", parse: (v: string) => RiskRowSchema.shape.impact.safeParse(v).success },
    { key: "budget_lines.year", parse: (v: string) => BudgetLineRowSchema.shape.year.safeParse(v).success },
  ])("$key has the form's bounds", ({ key, parse }) => {
    const [name, fieldName] = key.split(".");
    const field = collections.find((c) => c.name === name)?.fields.find((f: CollectionField) => f.name === fieldName);
    expect(field?.type).toBe("number");
    const { min, max } = field as CollectionField & { min: number; max: number };
    expect([parse(String(min)), parse(String(max)), parse(String(min - 1)), parse(String(max + 1))]).toEqual([true, true, false, false]);
  });
});

describe("the hook libraries hold the domain's constants", () => {
  it("lesson-search.js filters on the lesson library's facets, with their values", () => {
    const { FACETS } = loadHookLib<{ FACETS: Record<string, { values: string[] }> }>("lesson-search.js");
    expect(Object.fromEntries(Object.entries(FACETS).map(([name, facet]) => [name, facet.values]))).toEqual(
      Object.fromEntries(lessonFacets.map((facet) => [facet.facet, [...facet.values]])),
    );
  });

  it("row-limits.js holds a pilot to the form's numbers of rows", () => {
    const { ROW_LIMITS } = loadHookLib<{ ROW_LIMITS: Record<string, number> }>("row-limits.js");
    expect(ROW_LIMITS).toEqual({ hypotheses: limits.hypotheses, budget_lines: limits.budgetLines, risks: limits.risks });
  });

  it("pilot-list.js pages the pilot overview as the site does", () => {
    expect(loadHookLib<{ PER_PAGE: number }>("pilot-list.js").PER_PAGE).toBe(PILOTS_PER_PAGE);
  });

  it.each([
    "jeugd",
    "  wijkteam  ",
    "50%",
    "a_b",
    "back\\slash",
    "@request.auth.id",
    "%_@\\",
    "",
    "   ",
    "café Noord",
    "x".repeat(100),
    `${"y".repeat(99)}%`,
  ])("pilot-list.js searches for %j as the site does", (q) => {
    const { readFilters } = loadHookLib<{ readFilters: (query: Record<string, unknown>) => { filters: { q?: string } } }>("pilot-list.js");
    // What the site sends: its filter schema's q, made searchable.
    const sent = searchableText(PilotFiltersSchema.shape.q.parse(q));
    expect(readFilters({ q }).filters.q ?? "").toBe(sent);
  });
});

describe("stage-gate.js refuses a decision exactly when the site does", () => {
  type Problems = Record<string, string>;
  const { stageGateProblems } = loadHookLib<{ stageGateProblems: (app: unknown, record: unknown) => Problems }>("stage-gate.js", {
    $dbx: { hashExp: (exp: object) => exp },
  });
  const rationale = "Het effect is groot genoeg om door te gaan.";
  const reason = "Het bereik bleef te klein om te leren.";
  const cases = options.stages.values.flatMap((stage) =>
    [true, false].flatMap((hasEnd) =>
      options.decisions.values.flatMap((decision) =>
        ["", rationale].flatMap((decision_rationale) =>
          ["", reason].map((stop_reason) => ({ stage, hasEnd, decision, decision_rationale, stop_reason })),
        ),
      ),
    ),
  );

  it.each(cases)("stage $stage, end evaluation $hasEnd, $decision, rationale $decision_rationale, stop reason $stop_reason", (c) => {
    const form = DecisionFormSchema.safeParse({
      decision: c.decision,
      decision_rationale: c.decision_rationale,
      stop_reason: c.stop_reason,
    });
    const siteAccepts = form.success && decisionBlocker({ stage: c.stage }, c.hasEnd) === null;
    // What the site writes (src/data/evaluations.ts recordDecision), or would write without its own checks.
    const written: Record<string, string> = {
      stage: "besluit",
      decision: c.decision,
      decision_rationale: c.decision_rationale,
      stop_reason: c.decision === "stoppen" ? c.stop_reason : "",
    };
    const record = { id: "pilot123456789a", getString: (name: string) => written[name] ?? "" };
    const app = {
      countRecords: (collection: string, exp: { kind?: string }) =>
        collection === "evaluations" && exp.kind === "eind" && c.hasEnd ? 1 : 0,
    };
    const hookAccepts = Object.keys(stageGateProblems(app, record)).length === 0;
    // Moving on to besluit from before evaluatie is refused by the site only; everything else is shared.
    if (c.stage === "evaluatie" || c.stage === "besluit") expect(hookAccepts).toBe(siteAccepts);
    else expect(siteAccepts).toBe(false);
  });
});

describe("evidence-level.js places a pilot on the ladder as src/domain/evidence-ladder.ts does", () => {
  type Lib = {
    LEVELS: string[];
    MIN_MEASUREMENTS: number;
    MIN_SAMPLE_SIZE: number;
    levelOf: (facts: EvidenceFacts) => string;
    factsOf: (pilot: object, hypotheses: object[], measurements: object[]) => EvidenceFacts;
  };
  const lib = loadHookLib<Lib>("evidence-level.js");

  it("has the same rungs and thresholds", () => {
    expect([lib.LEVELS, lib.MIN_MEASUREMENTS, lib.MIN_SAMPLE_SIZE]).toEqual([
      [...options.evidenceLevels.values],
      MIN_MEASUREMENTS,
      MIN_SAMPLE_SIZE,
    ]);
  });

  const bools = [false, true];
  const counts = [0, 1, 2];
  const everyFacts: EvidenceFacts[] = bools.flatMap((described) =>
    counts.flatMap((hypotheses) =>
      counts.flatMap((measuredHypotheses) =>
        counts.flatMap((confirmedHypotheses) =>
          bools.flatMap((comparisonGroup) =>
            bools.map((independentReplication) => ({
              described,
              hypotheses,
              measuredHypotheses,
              confirmedHypotheses,
              comparisonGroup,
              independentReplication,
            })),
          ),
        ),
      ),
    ),
  );

  it(`gives the same level for every combination of facts (${everyFacts.length})`, () => {
    for (const facts of everyFacts) expect(lib.levelOf(facts), JSON.stringify(facts)).toBe(assessEvidence(facts).level ?? "");
  });

  const pilot = {
    summary: "Samenvatting",
    problem: "Probleem",
    target_group: "Jongeren",
    comparison_group: true,
    independent_replication: false,
  };
  const m = (hypothesis: string, sample_size: number) => ({ hypothesis, sample_size, small_sample: false });
  it.each([
    { name: "described", pilot, hypotheses: [], measurements: [] },
    { name: "a blank field", pilot: { ...pilot, problem: " \n\t " }, hypotheses: [], measurements: [] },
    { name: "a hypothesis without indicator", pilot, hypotheses: [{ id: "h1", indicator: "  ", verdict: "bevestigd" }], measurements: [] },
    {
      name: "measured twice with 10 and more",
      pilot,
      hypotheses: [
        { id: "h1", indicator: "baan", verdict: "bevestigd" },
        { id: "h2", indicator: "uren", verdict: "open" },
      ],
      measurements: [m("h1", 10), m("h1", 40), m("h2", 9), m("h2", 100)],
    },
    {
      name: "one sample too small",
      pilot,
      hypotheses: [{ id: "h1", indicator: "baan", verdict: "bevestigd" }],
      measurements: [m("h1", 9), m("h1", 40)],
    },
    {
      name: "measurements of another hypothesis",
      pilot,
      hypotheses: [{ id: "h1", indicator: "baan", verdict: "open" }],
      measurements: [m("hx", 40), m("hx", 40)],
    },
  ])("reads the same facts from a pilot's records: $name", ({ pilot, hypotheses, measurements }) => {
    expect(lib.factsOf(pilot, hypotheses, measurements)).toEqual(evidenceFactsOf(pilot, hypotheses, measurements));
  });
});
