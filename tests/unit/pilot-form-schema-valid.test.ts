import { describe, it, expect } from "vitest";
import { PilotFormSchema } from "../../src/domain/pilot.ts";
import { limits } from "../../src/domain/limits.ts";
import { MAX_CENTS } from "../../src/domain/money.ts";
import {
  rowId,
  validHypothesis,
  validBudgetLine,
  validRisk,
  validForm,
  issuesOf,
  withForm,
  withBudgetLine,
  withRisk,
} from "./pilot-forms.ts";

describe("PilotFormSchema: a valid form", () => {
  it("parses to the stored shape", () => {
    expect(PilotFormSchema.parse(validForm())).toEqual({
      title: "Vroegsignalering schulden",
      summary: "Wijkteams benaderen huishoudens met betalingsachterstanden.",
      problem: "Huishoudens melden zich pas laat met schulden.",
      target_group: "Huishoudens met betalingsachterstanden",
      domain: "schuldhulp",
      principles: ["preventie", "samenwerking"],
      stage: "uitvoering",
      visibility: "network",
      start_date: "2026-01-01",
      end_date: "2026-12-31",
      tags: ["schulden", "vroegsignalering", "wijkteam"],
      // Not in the typed form: the theory of change defaults to empty.
      theory_of_change: "",
      partners: [{ name: "Kredietbank", role: "Schuldhulp" }],
      hypotheses: [
        {
          id: undefined,
          statement: "Als wij vroeg signaleren, dan dalen de schulden.",
          indicator: "aantal huishoudens met problematische schulden",
          // Not typed: a free-text indicator, linked to no catalogue indicator.
          indicator_ref: "",
          unit: "huishoudens",
          direction: "omlaag",
          baseline: 1000,
          target: 72.5,
          measure_by: "2026-12-31",
        },
      ],
      budget_lines: [{ id: rowId, source: "rijk", year: 2026, planned_cents: 25_000_000, spent_cents: 125_050, reporting_deadline: "" }],
      risks: [
        {
          title: "Weinig aanmeldingen",
          category: "draagvlak",
          likelihood: 3,
          impact: 4,
          mitigation: "Actief werven via de wijkteams.",
          owner: "Projectleider",
          status: "open",
        },
      ],
    });
  });

  it("turns an empty row id into undefined and keeps a 15-character [a-z0-9] id", () => {
    const parsed = PilotFormSchema.parse(validForm());
    expect(parsed.hypotheses[0]?.id).toBeUndefined();
    expect(parsed.budget_lines[0]?.id).toBe(rowId);
    expect(PilotFormSchema.parse(withRisk({ id: "0123456789abcde" })).risks[0]?.id).toBe("0123456789abcde");
  });

  it.each(["", "   "])("reads the empty amount %j as 0 cents", (amount) => {
    const parsed = PilotFormSchema.parse(withBudgetLine({ planned_cents: amount, spent_cents: amount }));
    expect(parsed.budget_lines[0]?.planned_cents).toBe(0);
    expect(parsed.budget_lines[0]?.spent_cents).toBe(0);
  });

  it("accepts exactly one billion euro", () => {
    expect(PilotFormSchema.parse(withBudgetLine({ planned_cents: "1.000.000.000" })).budget_lines[0]?.planned_cents).toBe(MAX_CENTS);
  });

  it("accepts the boundaries of every limit", () => {
    const many = <T>(count: number, make: (index: number) => T) => Array.from({ length: count }, (_, index) => make(index));
    const form = withForm({
      title: "a".repeat(limits.title),
      theory_of_change: "a".repeat(limits.theoryOfChange),
      tags: many(limits.tags, (index) => `${"t".repeat(limits.tag - 2)}${String(index).padStart(2, "0")}`).join(","),
      partners: many(limits.partners, (index) => ({ name: `Partner ${index}`, role: "" })),
      hypotheses: many(limits.hypotheses, () => validHypothesis()),
      budget_lines: many(limits.budgetLines, () => ({ ...validBudgetLine(), id: "" })),
      risks: many(limits.risks, () => validRisk()),
    });
    expect(issuesOf(form)).toEqual([]);
    expect(issuesOf(withForm({ title: "abc" }))).toEqual([]);
  });

  it.each([
    ["2000", 2000],
    ["2100", 2100],
  ])("accepts the year %j", (year, expected) => {
    expect(PilotFormSchema.parse(withBudgetLine({ year })).budget_lines[0]?.year).toBe(expected);
  });

  it.each([
    ["1", 1],
    ["5", 5],
  ])("accepts the likelihood %j as the number %d", (likelihood, expected) => {
    expect(PilotFormSchema.parse(withRisk({ likelihood })).risks[0]?.likelihood).toBe(expected);
  });

  it("accepts an end date equal to the start date, and either date alone", () => {
    expect(issuesOf(withForm({ start_date: "2026-03-01", end_date: "2026-03-01" }))).toEqual([]);
    expect(issuesOf(withForm({ start_date: "", end_date: "2026-03-01" }))).toEqual([]);
    expect(issuesOf(withForm({ start_date: "2026-03-01", end_date: "" }))).toEqual([]);
    expect(issuesOf(withForm({ start_date: "2024-02-29", end_date: "" }))).toEqual([]);
  });

  it("deduplicates tags case-insensitively and drops empty ones", () => {
    expect(PilotFormSchema.parse(withForm({ tags: " , Zorg,zorg , ZORG, Wijk ,," })).tags).toEqual(["zorg", "wijk"]);
    expect(PilotFormSchema.parse(withForm({ tags: "" })).tags).toEqual([]);
  });

  it("counts tags after removing duplicates", () => {
    const twenty = Array.from({ length: limits.tags }, (_, index) => `tag${index}`);
    const tags = [...twenty, ...twenty.map((tag) => tag.toUpperCase())].join(", ");
    expect(PilotFormSchema.parse(withForm({ tags })).tags).toEqual(twenty);
  });
});
