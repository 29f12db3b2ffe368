import type { CollectionField, CollectionModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { PILOTS_PER_PAGE } from "../../src/data/pilots.ts";
import { recordSelects } from "../../src/data/record-fields.ts";
import { lessonFacets } from "../../src/domain/lesson-filters.ts";
import { limits } from "../../src/domain/limits.ts";
import * as options from "../../src/domain/options.ts";
import { BudgetLineRowSchema, RiskRowSchema } from "../../src/domain/pilot.ts";
import { PilotFiltersSchema, searchableText } from "../../src/domain/pilot-filters.ts";
import { DecisionFormSchema, decisionBlocker } from "../../src/domain/stage-gate.ts";
import { loadHookLib } from "../support/hook-lib.ts";
import { admin } from "./fixtures.ts";

/**
 * Facts that both runtimes need are stated once in src/domain and checked here against what
 * PocketBase actually runs: the live schema (as the migrations left it) and the hook libraries
 * (pocketbase/pb_hooks/lib, loaded in Node). A change on one side only fails here.
 * Text limits: tests/integration/schema-limits.test.ts; the evidence ladder and the rules around it:
 * tests/integration/domain-matches-evidence.test.ts.
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
    expect(ROW_LIMITS).toEqual({
      hypotheses: limits.hypotheses,
      budget_lines: limits.budgetLines,
      risks: limits.risks,
      pilot_effects: limits.effects,
    });
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

describe("decisions.js refuses a decision exactly when the site does", () => {
  type Problems = Record<string, string>;
  type Values = Record<string, string>;
  const record = (id: string, values: Values, original: Values = {}) => ({
    id,
    getString: (name: string) => values[name] ?? "",
    isNew: () => false,
    original: () => record(id, original),
  });
  const globals = { $dbx: { hashExp: (exp: object) => exp } };
  const { DECISIONS, decisionProblems } = loadHookLib<{
    DECISIONS: string[];
    decisionProblems: (app: unknown, decision: unknown) => Problems;
  }>("decisions.js", globals);
  const { stageGateProblems } = loadHookLib<{ stageGateProblems: (app: unknown, pilot: unknown) => Problems }>("stage-gate.js", globals);

  it("decisions.js offers the domain's decisions", () => {
    expect(DECISIONS).toEqual([...options.decisions.values]);
  });

  const rationales = ["", "kort", "   123456789   ", "Het effect is groot genoeg om door te gaan."];
  const stopReasons = ["", "Te weinig", "Het bereik bleef te klein om te leren."];
  const forms = options.decisions.values.flatMap((decision) =>
    rationales.flatMap((decision_rationale) => stopReasons.map((stop_reason) => ({ decision, decision_rationale, stop_reason }))),
  );
  const gates = options.stages.values.flatMap((stage) => [0, 1].flatMap((ends) => [0, 2].map((lessons) => ({ stage, ends, lessons }))));

  it.each(gates)("stage $stage, $ends end evaluation(s), $lessons lesson(s): every decision and text", (gate) => {
    const pilotId = "pilot123456789a";
    const app = {
      findRecordById: (collection: string, id: string) => {
        if (collection !== "pilots" || id !== pilotId) throw new Error("not found");
        return record(pilotId, { stage: gate.stage });
      },
      countRecords: (collection: string, exp: { pilot?: string; kind?: string }) => {
        if (exp.pilot !== pilotId) return 0;
        if (collection === "evaluations" && exp.kind === "eind") return gate.ends;
        return collection === "lessons" ? gate.lessons : 0;
      },
    };
    const mismatches = forms.flatMap((form) => {
      // What the site says: the page's blocker at the decision, the form's schema at its fields.
      const parsed = DecisionFormSchema.safeParse(form);
      const blocker = decisionBlocker({ stage: gate.stage }, gate.ends, gate.lessons);
      const siteFields = new Set(parsed.success ? [] : parsed.error.issues.map((issue) => String(issue.path[0])));
      if (blocker) siteFields.add("decision");
      // What PocketBase says of the same form sent as it is, without the site's own checks.
      const problems = decisionProblems(app, record("decision12345ab", { pilot: pilotId, ...form }));
      const site = { accepts: siteFields.size === 0, decision: blocker?.text };
      const hook = { accepts: Object.keys(problems).length === 0, decision: problems.decision };
      // The form's schema stops at an empty rationale before it checks the stop reason, so the hook
      // may name more fields at once; it names at least every field the site does.
      const unnamed = [...siteFields].filter((field) => !(field in problems));
      // A decision PocketBase takes is copied onto the pilot, which must then pass the stage gate.
      const written = { stage: "besluit", ...form, stop_reason: form.decision === "stoppen" ? form.stop_reason : "" };
      const gateProblems = hook.accepts ? Object.keys(stageGateProblems(app, record(pilotId, written, { stage: gate.stage }))) : [];
      const agree = site.accepts === hook.accepts && site.decision === hook.decision && unnamed.length === 0 && gateProblems.length === 0;
      return agree ? [] : [{ form, site, hook, unnamed, gateProblems }];
    });
    expect(mismatches).toEqual([]);
  });
});
