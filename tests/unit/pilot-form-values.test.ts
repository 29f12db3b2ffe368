import { describe, it, expect } from "vitest";
import {
  dateInput,
  toPilotFormValues,
  type StoredBudgetLine,
  type StoredHypothesis,
  type StoredPilot,
  type StoredRisk,
} from "../../src/domain/pilot-form-values.ts";
import { PilotFormSchema } from "../../src/domain/pilot.ts";

type Rows = { hypotheses: StoredHypothesis[]; budgetLines: StoredBudgetLine[]; risks: StoredRisk[] };
type Fixture = { name: string; pilot: StoredPilot; rows: Rows };

/** A full pilot as PocketBase returns it: dates with a time, amounts in cents. */
const rotterdam: Fixture = {
  name: "a full pilot",
  pilot: {
    title: "Vroegsignalering schulden",
    summary: "Wijkteams benaderen huishoudens met betalingsachterstanden.",
    problem: "Huishoudens melden zich pas laat met schulden.",
    target_group: "Huishoudens met betalingsachterstanden",
    domain: "schuldhulp",
    principles: ["preventie", "samenwerking"],
    stage: "uitvoering",
    visibility: "network",
    start_date: "2026-01-01 00:00:00.000Z",
    end_date: "2027-06-30 00:00:00.000Z",
    tags: ["schulden", "vroegsignalering", "wijkteam"],
    partners: [{ name: "Kredietbank", role: "Schuldhulp" }, { name: "Woningcorporatie" }],
    decision: "",
    theory_of_change: "Wie vroeg wordt gebeld, zoekt eerder hulp.",
  },
  rows: {
    hypotheses: [
      {
        id: "hyp000000000001",
        statement: "Als wij vroeg signaleren, dan dalen de schulden.",
        indicator: "gemiddelde schuld bij aanmelding",
        indicator_ref: "ind000000000001",
        unit: "euro",
        direction: "omlaag",
        baseline: 43000,
        target: 72.5,
        measure_by: "2027-06-30 00:00:00.000Z",
      },
      {
        id: "hyp000000000002",
        statement: "Als wij huisbezoeken doen, dan stijgt het bereik.",
        indicator: "bereikte huishoudens",
        unit: "%",
        direction: "omhoog",
        baseline: -3.25,
        target: 1000.5,
        measure_by: "",
      },
    ],
    budgetLines: [
      {
        id: "bud000000000001",
        source: "rijk",
        year: 2026,
        planned_cents: 25_000_000,
        spent_cents: 125_050,
        reporting_deadline: "2027-03-01 00:00:00.000Z",
      },
      { id: "bud000000000002", source: "gemeente", year: 2027, planned_cents: 123_456_789, spent_cents: 1, reporting_deadline: "" },
      { id: "bud000000000003", source: "esf_plus", year: 2027, planned_cents: 0, spent_cents: 99, reporting_deadline: "" },
    ],
    risks: [
      {
        id: "ris000000000001",
        title: "Weinig aanmeldingen",
        category: "draagvlak",
        likelihood: 3,
        impact: 5,
        mitigation: "Actief werven via de wijkteams.",
        owner: "Projectleider",
        status: "open",
      },
    ],
  },
};

/** A pilot just registered: nothing optional filled in, tags and partners null as PocketBase gives them. */
const bare: Fixture = {
  name: "a bare pilot",
  pilot: {
    title: "Digitale buurthulp",
    summary: "Een app waarmee buren elkaar helpen.",
    problem: "Ouderen vragen weinig hulp aan buren.",
    target_group: "Ouderen",
    domain: "wmo",
    principles: [],
    stage: "idee",
    visibility: "private",
    start_date: "",
    end_date: "",
    tags: null,
    partners: null,
  },
  rows: { hypotheses: [], budgetLines: [], risks: [] },
};

describe("toPilotFormValues", () => {
  it("turns stored values into what a person would type", () => {
    expect(toPilotFormValues(rotterdam.pilot, rotterdam.rows)).toEqual({
      title: "Vroegsignalering schulden",
      summary: "Wijkteams benaderen huishoudens met betalingsachterstanden.",
      problem: "Huishoudens melden zich pas laat met schulden.",
      target_group: "Huishoudens met betalingsachterstanden",
      domain: "schuldhulp",
      principles: ["preventie", "samenwerking"],
      stage: "uitvoering",
      visibility: "network",
      start_date: "2026-01-01",
      end_date: "2027-06-30",
      tags: "schulden, vroegsignalering, wijkteam",
      theory_of_change: "Wie vroeg wordt gebeld, zoekt eerder hulp.",
      partners: [
        { name: "Kredietbank", role: "Schuldhulp" },
        { name: "Woningcorporatie", role: "" },
      ],
      hypotheses: [
        {
          id: "hyp000000000001",
          statement: "Als wij vroeg signaleren, dan dalen de schulden.",
          indicator: "gemiddelde schuld bij aanmelding",
          indicator_ref: "ind000000000001",
          unit: "euro",
          direction: "omlaag",
          baseline: "43000",
          target: "72,5",
          measure_by: "2027-06-30",
        },
        {
          id: "hyp000000000002",
          statement: "Als wij huisbezoeken doen, dan stijgt het bereik.",
          indicator: "bereikte huishoudens",
          // Stored before the catalogue: no link.
          indicator_ref: "",
          unit: "%",
          direction: "omhoog",
          baseline: "-3,25",
          target: "1000,5",
          measure_by: "",
        },
      ],
      budget_lines: [
        {
          id: "bud000000000001",
          source: "rijk",
          year: "2026",
          planned_cents: "250.000",
          spent_cents: "1.250,50",
          reporting_deadline: "2027-03-01",
        },
        {
          id: "bud000000000002",
          source: "gemeente",
          year: "2027",
          planned_cents: "1.234.567,89",
          spent_cents: "0,01",
          reporting_deadline: "",
        },
        { id: "bud000000000003", source: "esf_plus", year: "2027", planned_cents: "0", spent_cents: "0,99", reporting_deadline: "" },
      ],
      risks: [
        {
          id: "ris000000000001",
          title: "Weinig aanmeldingen",
          category: "draagvlak",
          likelihood: "3",
          impact: "5",
          mitigation: "Actief werven via de wijkteams.",
          owner: "Projectleider",
          status: "open",
        },
      ],
    });
  });

  it("gives empty strings and lists for what is missing", () => {
    const values = toPilotFormValues(bare.pilot, bare.rows);
    expect(values.tags).toBe("");
    expect(values.partners).toEqual([]);
    expect(values.start_date).toBe("");
    expect(values.end_date).toBe("");
    expect(values.hypotheses).toEqual([]);
    expect(values.budget_lines).toEqual([]);
    expect(values.risks).toEqual([]);
  });

  it.each([rotterdam, bare])("round-trips $name through PilotFormSchema", ({ pilot, rows }) => {
    const parsed = PilotFormSchema.parse(toPilotFormValues(pilot, rows));
    expect(parsed).toEqual({
      title: pilot.title,
      summary: pilot.summary,
      problem: pilot.problem,
      target_group: pilot.target_group,
      domain: pilot.domain,
      principles: pilot.principles,
      stage: pilot.stage,
      visibility: pilot.visibility,
      start_date: pilot.start_date.slice(0, 10),
      end_date: pilot.end_date.slice(0, 10),
      tags: pilot.tags ?? [],
      theory_of_change: pilot.theory_of_change ?? "",
      partners: (pilot.partners ?? []).map((partner) => ({ name: partner.name, role: partner.role ?? "" })),
      hypotheses: rows.hypotheses.map((row) => ({
        ...row,
        indicator_ref: row.indicator_ref ?? "",
        measure_by: row.measure_by.slice(0, 10),
      })),
      budget_lines: rows.budgetLines.map((row) => ({ ...row, reporting_deadline: row.reporting_deadline.slice(0, 10) })),
      risks: rows.risks,
    });
  });
});

describe("dateInput", () => {
  it.each([
    ["2026-03-01 00:00:00.000Z", "2026-03-01"],
    ["2026-03-01", "2026-03-01"],
    ["", ""],
  ])("turns %j into %j", (stored, input) => {
    expect(dateInput(stored)).toBe(input);
  });
});
