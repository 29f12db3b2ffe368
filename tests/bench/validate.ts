/** A check of the written data set against the schema, before PocketBase opens it. */
import type { DatabaseSync } from "node:sqlite";
import {
  decisions,
  domains,
  evidenceLevels,
  fundingSources,
  lessonKinds,
  proposedDecisions,
  provinces,
  riskCategories,
  riskStatuses,
} from "../../src/domain/options.ts";

/** Every select field holds a value of its schema and every JSON field parses: a typo above fails here, not in PocketBase. */
export function validate(db: DatabaseSync): void {
  const selects: Array<[string, string, readonly string[], boolean]> = [
    ["municipalities", "province", provinces.values, false],
    ["users", "role", ["innovatiemanager", "directeur", "collega"], false],
    ["pilots", "domain", domains.values, false],
    ["pilots", "stage", ["idee", "ontwerp", "uitvoering", "evaluatie", "besluit"], false],
    ["pilots", "decision", decisions.values, true],
    ["pilots", "visibility", ["private", "network", "public"], false],
    ["pilots", "evidence_level", evidenceLevels.values, true],
    ["hypotheses", "direction", ["omhoog", "omlaag"], false],
    ["hypotheses", "verdict", ["open", "bevestigd", "verworpen", "onbeslist"], true],
    ["budget_lines", "source", fundingSources.values, false],
    ["risks", "category", riskCategories.values, false],
    ["risks", "status", riskStatuses.values, false],
    ["evaluations", "kind", ["tussentijds", "eind"], false],
    ["evaluations", "decision", proposedDecisions.values, false],
    ["lessons", "kind", lessonKinds.values, false],
    ["lessons", "domain", domains.values, false],
    ["lessons", "visibility", ["private", "network", "public"], false],
  ];
  for (const [table, column, values, optional] of selects) {
    const allowed = [...values, ...(optional ? [""] : [])];
    const row = db
      .prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE "${column}" NOT IN (${allowed.map(() => "?").join(", ")})`)
      .get(...allowed) as { n: number };
    if (Number(row.n) > 0) throw new Error(`${table}.${column}: ${row.n} rijen met een waarde buiten het schema`);
  }
  for (const [table, column] of [
    ["pilots", "tags"],
    ["pilots", "partners"],
    ["pilots", "principles"],
    ["lessons", "tags"],
    ["lessons", "principles"],
  ] as const) {
    const row = db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE json_valid("${column}") = 0`).get() as { n: number };
    if (Number(row.n) > 0) throw new Error(`${table}.${column}: ${row.n} rijen zonder geldige JSON`);
  }
}
