/**
 * The open dataset as one CSV table: one row per hypothesis, the pilot's columns repeated on each;
 * a pilot without hypotheses has one row with empty hypothesis columns. The budget columns hold the
 * pilot's totals and so repeat too: sum them over the rows with hypothese_nr 0 or 1 (one per pilot).
 */
import type { CsvColumn } from "./csv.ts";
import { fundingSources } from "./options.ts";
import type { OpenBudget, OpenHypothesis, OpenPilot } from "./open-data.ts";

/** Whole cents per funding source (summed over years), as euros; sources without an amount left out. */
export function budgetBySource(lines: ReadonlyArray<{ source: string; planned_cents: number; spent_cents: number }>): OpenBudget[] {
  return fundingSources.values.flatMap((source) => {
    const ofSource = lines.filter((line) => line.source === source);
    const planned = ofSource.reduce((sum, line) => sum + line.planned_cents, 0);
    const spent = ofSource.reduce((sum, line) => sum + line.spent_cents, 0);
    return planned === 0 && spent === 0 ? [] : [{ bron: source, gepland_euro: planned / 100, besteed_euro: spent / 100 }];
  });
}

export type OpenCsvRow = { pilot: OpenPilot; nr: number; hypothesis: OpenHypothesis | null };

export function openCsvRows(pilots: readonly OpenPilot[]): OpenCsvRow[] {
  return pilots.flatMap((pilot): OpenCsvRow[] =>
    pilot.hypotheses.length === 0
      ? [{ pilot, nr: 0, hypothesis: null }]
      : pilot.hypotheses.map((hypothesis, index) => ({ pilot, nr: index + 1, hypothesis })),
  );
}

// Summed in cents: adding euro amounts with decimals would leave float noise (0,30000000000000004).
const euros = (pilot: OpenPilot, pick: (line: OpenBudget) => number, source?: string) =>
  pilot.budget.filter((line) => source === undefined || line.bron === source).reduce((sum, line) => sum + Math.round(pick(line) * 100), 0) /
  100;

/** A CSV column and what it holds, in the words of the page. */
export type OpenCsvColumn = CsvColumn<OpenCsvRow> & { description: string };

const pilotColumn = (key: Exclude<keyof OpenPilot, "hypotheses" | "budget">, header: string = key): OpenCsvColumn => ({
  header,
  description: `Het veld ${key} van de pilot.`,
  value: (row) => row.pilot[key],
});
const hypothesisColumn = (key: keyof OpenHypothesis): OpenCsvColumn => ({
  header: key,
  description: `Het veld hypotheses[].${key}.`,
  value: (row) => row.hypothesis?.[key] ?? null,
});

export const openCsvColumns: readonly OpenCsvColumn[] = [
  pilotColumn("id", "pilot_id"),
  ...(
    ["titel", "gemeente", "gemeentecode", "domein", "fase", "startdatum", "einddatum", "interventie", "besluit", "bijgewerkt"] as const
  ).map((key) => pilotColumn(key)),
  {
    header: "hypothese_nr",
    description: "Volgnummer van de hypothese binnen de pilot; 0 als de pilot er geen heeft.",
    value: (row) => row.nr,
  },
  ...(["stelling", "indicator", "indicator_sleutel", "indicator_naam", "eenheid", "richting", "nulmeting", "doel", "oordeel"] as const).map(
    hypothesisColumn,
  ),
  ...fundingSources.values.flatMap((source): OpenCsvColumn[] => [
    {
      header: `gepland_euro_${source}`,
      description: `Begroot bedrag uit bron ${source} (${fundingSources.label(source)}), in euro.`,
      value: (row) => euros(row.pilot, (line) => line.gepland_euro, source),
    },
    {
      header: `besteed_euro_${source}`,
      description: `Besteed bedrag uit bron ${source}, in euro.`,
      value: (row) => euros(row.pilot, (line) => line.besteed_euro, source),
    },
  ]),
  {
    header: "gepland_euro_totaal",
    description: "Begroot bedrag uit alle bronnen, in euro.",
    value: (row) => euros(row.pilot, (line) => line.gepland_euro),
  },
  {
    header: "besteed_euro_totaal",
    description: "Besteed bedrag uit alle bronnen, in euro.",
    value: (row) => euros(row.pilot, (line) => line.besteed_euro),
  },
];
