import { describe, it, expect } from "vitest";
import { toCsv } from "../../src/domain/csv.ts";
import { portfolioCsvColumns, type PortfolioCsvRow } from "../../src/domain/portfolio/csv-rows.ts";
import type { PortfolioBudgetLine, PortfolioHypothesis, PortfolioRecords, PortfolioRisk } from "../../src/domain/portfolio/types.ts";
import { portfolioBudgetLine, portfolioPilot, portfolioRisk } from "../support/portfolio-records.ts";

const pilot = portfolioPilot;

const line = (
  pilotId: string,
  source: PortfolioBudgetLine["source"],
  planned_cents: number,
  spent_cents: number,
  year = 2026,
): PortfolioBudgetLine => portfolioBudgetLine({ pilot: pilotId, source, year, planned_cents, spent_cents });
const risk = (id: string, pilotId: string, likelihood: number, impact: number): PortfolioRisk =>
  portfolioRisk({ id, pilot: pilotId, title: `Risico ${id}`, likelihood, impact });
const hypothesis = (pilotId: string, verdict: PortfolioHypothesis["verdict"]): PortfolioHypothesis => ({ pilot: pilotId, verdict });

const HEADERS = [
  "Pilot",
  "Fase",
  "Besluit",
  "Bewijskracht",
  "Begroot Rijk (€)",
  "Besteed Rijk (€)",
  "Begroot ESF+ (€)",
  "Besteed ESF+ (€)",
  "Begroot Eigen middelen gemeente (€)",
  "Besteed Eigen middelen gemeente (€)",
  "Begroot Fondsen en donaties (€)",
  "Besteed Fondsen en donaties (€)",
  "Begroot Zorgverzekeraar (€)",
  "Besteed Zorgverzekeraar (€)",
  "Begroot Partners (€)",
  "Besteed Partners (€)",
  "Begroot Overig (€)",
  "Besteed Overig (€)",
  "Open risico's",
  "Open risico's met score 15+",
  "Hypothesen bevestigd",
  "Hypothesen verworpen",
  "Hypothesen onbeslist",
  "Hypothesen open",
];

const records: PortfolioRecords = {
  pilots: [
    pilot({ id: "a", title: "Schulden eerder zien", stage: "besluit", decision: "opschalen", evidence_level: "eerste_aanwijzingen" }),
    pilot({ id: "b", title: "Wijkteam Noord", stage: "uitvoering" }),
    pilot({ id: "c", title: "Leeg", stage: "idee" }),
  ],
  hypotheses: [
    hypothesis("a", "bevestigd"),
    hypothesis("a", "bevestigd"),
    hypothesis("a", "verworpen"),
    hypothesis("a", ""),
    hypothesis("b", "onbeslist"),
    hypothesis("b", "open"),
  ],
  budgetLines: [
    line("a", "rijk", 100_000, 123_450, 2025),
    line("a", "rijk", 50_000, 0, 2026),
    line("a", "esf_plus", 250_075, 99_999),
    line("b", "gemeente", 1_000_000, 12_345),
    line("b", "overig", 0, 1),
  ],
  risks: [risk("r1", "a", 3, 5), risk("r2", "a", 4, 4), risk("r3", "a", 2, 3), risk("r4", "b", 4, 3)],
  evaluations: [],
  lessonCounts: {},
};
const rows: PortfolioCsvRow[] = records.pilots.map((p) => ({ pilot: p, records }));

/** The data lines of the CSV, split into fields (none of the fixtures needs quoting). */
function table(csv: string): string[][] {
  return csv
    .replace(/^\uFEFF/, "")
    .split("\r\n")
    .filter((l) => l !== "")
    .map((l) => l.split(";"));
}

/** The field of a row under a header. */
function field(csv: string, rowIndex: number, header: string): string | undefined {
  const [head, ...data] = table(csv);
  const column = head?.indexOf(header) ?? -1;
  if (column < 0) throw new Error(`no column "${header}"`);
  return data[rowIndex]?.[column];
}

describe("portfolioCsvColumns", () => {
  it("has the Dutch headers, with a planned and a spent column per funding source in the fixed order", () => {
    expect(portfolioCsvColumns().map((column) => column.header)).toEqual(HEADERS);
  });

  it("gives raw values: euros as numbers, labels as text", () => {
    const columns = portfolioCsvColumns();
    const row = rows[0];
    if (!row) throw new Error("no row");
    const values = Object.fromEntries(columns.map((column) => [column.header, column.value(row)]));
    expect(values["Begroot Rijk (€)"]).toBe(1500);
    expect(values["Besteed Rijk (€)"]).toBe(1234.5);
    expect(values["Begroot ESF+ (€)"]).toBe(2500.75);
    expect(values["Besteed ESF+ (€)"]).toBe(999.99);
    expect(values.Fase).toBe("Besluit");
  });
});

describe("the portfolio CSV (toCsv with portfolioCsvColumns)", () => {
  const csv = toCsv(rows, portfolioCsvColumns());

  it("starts with a BOM, separates with semicolons and ends lines with CRLF", () => {
    expect(csv.codePointAt(0)).toBe(0xfeff);
    expect(csv.startsWith(`\uFEFF${HEADERS.join(";")}\r\n`)).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("has one line per pilot after the header, every line with all columns", () => {
    const lines = table(csv);
    expect(lines).toHaveLength(1 + 3);
    for (const l of lines) expect(l).toHaveLength(HEADERS.length);
    expect(lines.slice(1).map((l) => l[0])).toEqual(["Schulden eerder zien", "Wijkteam Noord", "Leeg"]);
  });

  it("writes the full row of a decided pilot", () => {
    expect(table(csv)[1]).toEqual([
      "Schulden eerder zien",
      "Besluit",
      "Opschalen",
      "Effectief: eerste aanwijzingen",
      "1500",
      "1234,5",
      "2500,75",
      "999,99",
      "0",
      "0",
      "0",
      "0",
      "0",
      "0",
      "0",
      "0",
      "0",
      "0",
      "3",
      "2",
      "2",
      "1",
      "0",
      "1",
    ]);
  });

  it("writes the full row of a running pilot without decision or evidence level", () => {
    expect(table(csv)[2]).toEqual([
      "Wijkteam Noord",
      "Uitvoering",
      "",
      "",
      "0",
      "0",
      "0",
      "0",
      "10000",
      "123,45",
      "0",
      "0",
      "0",
      "0",
      "0",
      "0",
      "0",
      "0,01",
      "1",
      "0",
      "0",
      "0",
      "1",
      "1",
    ]);
  });

  it("writes zeros for a pilot without any records", () => {
    const empty = table(csv)[3];
    expect(empty?.slice(0, 4)).toEqual(["Leeg", "Idee", "", ""]);
    expect(empty?.slice(4)).toEqual(Array.from({ length: HEADERS.length - 4 }, () => "0"));
  });

  it("uses a decimal comma for amounts (1234.5 → 1234,5)", () => {
    expect(field(csv, 0, "Besteed Rijk (€)")).toBe("1234,5");
    expect(field(csv, 1, "Besteed Eigen middelen gemeente (€)")).toBe("123,45");
  });

  it("counts risks and those scoring 15 or more (3 × 5 and 4 × 4, not 4 × 3)", () => {
    expect([field(csv, 0, "Open risico's"), field(csv, 0, "Open risico's met score 15+")]).toEqual(["3", "2"]);
    expect([field(csv, 1, "Open risico's"), field(csv, 1, "Open risico's met score 15+")]).toEqual(["1", "0"]);
  });

  it("quotes a title holding a semicolon or quote", () => {
    const tricky = toCsv([{ pilot: pilot({ id: "x", title: 'Wonen; "Thuis" eerst' }), records }], portfolioCsvColumns());
    expect(tricky.split("\r\n")[1]?.startsWith('"Wonen; ""Thuis"" eerst";Idee;;;')).toBe(true);
  });

  it("writes only the header for an empty portfolio", () => {
    expect(toCsv([], portfolioCsvColumns())).toBe(`\uFEFF${HEADERS.join(";")}\r\n`);
  });
});
