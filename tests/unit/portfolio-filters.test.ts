import { describe, it, expect } from "vitest";
import {
  applyPortfolioFilters,
  parsePortfolioFilters,
  portfolioFiltersQuery,
  type PortfolioFilters,
} from "../../src/domain/portfolio/filters.ts";
import type {
  PortfolioBudgetLine,
  PortfolioEvaluation,
  PortfolioHypothesis,
  PortfolioRecords,
  PortfolioRisk,
} from "../../src/domain/portfolio/types.ts";
import { portfolioBudgetLine, portfolioEvaluation, portfolioPilot, portfolioRisk } from "../support/portfolio-records.ts";

const pilot = portfolioPilot;

const line = (pilotId: string, year: number, overrides: Partial<PortfolioBudgetLine> = {}): PortfolioBudgetLine =>
  portfolioBudgetLine({ pilot: pilotId, year, planned_cents: 100_000, spent_cents: 50_000, ...overrides });
const risk = (id: string, pilotId: string): PortfolioRisk => portfolioRisk({ id, pilot: pilotId, title: `Risico ${id}` });
const hypothesis = (pilotId: string): PortfolioHypothesis => ({ pilot: pilotId, verdict: "open" });
const evaluation = (pilotId: string): PortfolioEvaluation => portfolioEvaluation({ pilot: pilotId });

const parse = (query: string): PortfolioFilters => parsePortfolioFilters(new URLSearchParams(query));

describe("parsePortfolioFilters", () => {
  it("reads the Dutch parameters domein, fase, jaar and principe", () => {
    expect(parse("domein=jeugd&fase=uitvoering&jaar=2026&principe=preventie")).toEqual({
      domain: "jeugd",
      stage: "uitvoering",
      year: 2026,
      principle: "preventie",
    });
  });

  it("gives no filters for an empty query", () => {
    const filters = parse("");
    expect(filters.domain).toBeUndefined();
    expect(filters.stage).toBeUndefined();
    expect(filters.year).toBeUndefined();
    expect(filters.principle).toBeUndefined();
  });

  it("ignores the English names", () => {
    const filters = parse("domain=jeugd&stage=idee&year=2026&principle=preventie");
    expect([filters.domain, filters.stage, filters.year, filters.principle]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("drops invalid values one by one and keeps the valid ones", () => {
    expect(parse("domein=sport&fase=uitvoering&jaar=volgend&principe=preventie")).toEqual({
      domain: undefined,
      stage: "uitvoering",
      year: undefined,
      principle: "preventie",
    });
    expect(parse("domein=jeugd&fase=klaar&principe=Preventie").stage).toBeUndefined();
    expect(parse("domein=jeugd&fase=klaar&principe=Preventie").principle).toBeUndefined();
    expect(parse("domein=jeugd&fase=klaar&principe=Preventie").domain).toBe("jeugd");
  });

  it.each([
    ["1999", undefined],
    ["2000", 2000],
    ["2100", 2100],
    ["2101", undefined],
    ["2026.5", undefined],
    ["", undefined],
    ["abc", undefined],
  ])("jaar=%s gives year %s", (jaar, year) => {
    expect(parse(`jaar=${jaar}`).year).toBe(year);
  });
});

describe("portfolioFiltersQuery", () => {
  it("is empty without filters", () => {
    expect(portfolioFiltersQuery({})).toBe("");
  });

  it("writes the Dutch parameters", () => {
    expect(portfolioFiltersQuery({ domain: "schuldhulp", stage: "evaluatie", year: 2025, principle: "data_gedreven" })).toBe(
      "?domein=schuldhulp&fase=evaluatie&jaar=2025&principe=data_gedreven",
    );
    expect(portfolioFiltersQuery({ year: 2027 })).toBe("?jaar=2027");
  });

  it.each<PortfolioFilters>([
    { domain: "wonen" },
    { stage: "besluit", principle: "samenwerking" },
    { domain: "armoede", stage: "ontwerp", year: 2026, principle: "maatwerk" },
  ])("round-trips %o through the query", (filters) => {
    const query = portfolioFiltersQuery(filters);
    expect(query.startsWith("?")).toBe(true);
    const back = parse(query.slice(1));
    expect(back).toEqual({ domain: undefined, stage: undefined, year: undefined, principle: undefined, ...filters });
    expect(portfolioFiltersQuery(back)).toBe(query);
  });
});

describe("applyPortfolioFilters", () => {
  const records: PortfolioRecords = {
    pilots: [
      pilot({
        id: "wmo-run",
        domain: "wmo",
        stage: "uitvoering",
        principles: ["preventie", "maatwerk"],
        start_date: "2025-03-01 00:00:00.000Z",
        end_date: "2026-12-31",
      }),
      pilot({ id: "jeugd-idea", domain: "jeugd", stage: "idee", principles: ["preventie"], start_date: "", end_date: "" }),
      pilot({
        id: "jeugd-old",
        domain: "jeugd",
        stage: "besluit",
        principles: ["samenwerking"],
        start_date: "2023-01-01",
        end_date: "2024-06-30",
      }),
      pilot({ id: "wmo-open-end", domain: "wmo", stage: "evaluatie", principles: [], start_date: "2026-02-01", end_date: "" }),
      pilot({
        id: "armoede-open-start",
        domain: "armoede",
        stage: "ontwerp",
        principles: ["maatwerk"],
        start_date: "",
        end_date: "2025-12-31",
      }),
    ],
    hypotheses: [hypothesis("wmo-run"), hypothesis("jeugd-idea"), hypothesis("jeugd-old"), hypothesis("jeugd-old")],
    budgetLines: [
      line("wmo-run", 2025),
      line("wmo-run", 2026, { source: "gemeente" }),
      line("jeugd-old", 2024),
      line("wmo-open-end", 2026),
      line("wmo-open-end", 2027),
      line("armoede-open-start", 2025),
    ],
    risks: [risk("r1", "wmo-run"), risk("r2", "jeugd-old"), risk("r3", "armoede-open-start")],
    evaluations: [evaluation("wmo-run"), evaluation("jeugd-old"), evaluation("wmo-open-end")],
    lessonCounts: { "wmo-run": 2, "jeugd-old": 5, "armoede-open-start": 1 },
  };
  const ids = (filtered: PortfolioRecords): string[] => filtered.pilots.map((p) => p.id);

  it("keeps everything without filters", () => {
    expect(applyPortfolioFilters(records, {})).toEqual(records);
  });

  it("filters by domain", () => {
    expect(ids(applyPortfolioFilters(records, { domain: "jeugd" }))).toEqual(["jeugd-idea", "jeugd-old"]);
  });

  it("filters by stage", () => {
    expect(ids(applyPortfolioFilters(records, { stage: "evaluatie" }))).toEqual(["wmo-open-end"]);
  });

  it("filters by principle", () => {
    expect(ids(applyPortfolioFilters(records, { principle: "maatwerk" }))).toEqual(["wmo-run", "armoede-open-start"]);
    expect(ids(applyPortfolioFilters(records, { principle: "digitalisering" }))).toEqual([]);
  });

  it("combines filters", () => {
    expect(ids(applyPortfolioFilters(records, { domain: "wmo", principle: "preventie" }))).toEqual(["wmo-run"]);
    expect(ids(applyPortfolioFilters(records, { domain: "jeugd", stage: "uitvoering" }))).toEqual([]);
  });

  it.each([
    [2022, ["jeugd-idea", "armoede-open-start"]],
    [2023, ["jeugd-idea", "jeugd-old", "armoede-open-start"]],
    [2024, ["jeugd-idea", "jeugd-old", "armoede-open-start"]],
    [2025, ["wmo-run", "jeugd-idea", "armoede-open-start"]],
    [2026, ["wmo-run", "jeugd-idea", "wmo-open-end"]],
    [2030, ["jeugd-idea", "wmo-open-end"]],
  ])("in %d keeps the pilots that ran then (start ≤ year ≤ end, empty dates open)", (year, expected) => {
    expect(ids(applyPortfolioFilters(records, { year }))).toEqual(expected);
  });

  it("narrows the budget lines to the year as well", () => {
    const filtered = applyPortfolioFilters(records, { year: 2026 });
    expect(filtered.budgetLines).toEqual([line("wmo-run", 2026, { source: "gemeente" }), line("wmo-open-end", 2026)]);
  });

  it("keeps all budget years of the kept pilots without a year filter", () => {
    const filtered = applyPortfolioFilters(records, { domain: "wmo" });
    expect(filtered.budgetLines.map((l) => [l.pilot, l.year])).toEqual([
      ["wmo-run", 2025],
      ["wmo-run", 2026],
      ["wmo-open-end", 2026],
      ["wmo-open-end", 2027],
    ]);
  });

  it("keeps only the child records of the kept pilots", () => {
    const filtered = applyPortfolioFilters(records, { domain: "jeugd" });
    expect(filtered.hypotheses).toEqual([hypothesis("jeugd-idea"), hypothesis("jeugd-old"), hypothesis("jeugd-old")]);
    expect(filtered.budgetLines).toEqual([line("jeugd-old", 2024)]);
    expect(filtered.risks.map((r) => r.id)).toEqual(["r2"]);
    expect(filtered.evaluations).toEqual([evaluation("jeugd-old")]);
    expect(filtered.lessonCounts).toEqual({ "jeugd-old": 5 });
  });

  it("filters the lesson counts with the pilots", () => {
    expect(applyPortfolioFilters(records, { principle: "maatwerk" }).lessonCounts).toEqual({ "wmo-run": 2, "armoede-open-start": 1 });
    expect(applyPortfolioFilters(records, { stage: "evaluatie" }).lessonCounts).toEqual({});
  });

  it("does not change the records it was given", () => {
    const before = structuredClone(records);
    applyPortfolioFilters(records, { domain: "wmo", year: 2026 });
    expect(records).toEqual(before);
  });
});
