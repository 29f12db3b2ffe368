import { describe, expect, it } from "vitest";
import { recordFields } from "../../src/data/record-fields.ts";
import { auditCollections, fieldLabel, formatAuditValue, formatsValuesOf, hasFieldLabel } from "../../src/domain/audit-labels.ts";
import { loadHookLib } from "../support/hook-lib.ts";

/** What pocketbase/pb_hooks/lib/audit-entry.js writes, read in Node. */
const hook = loadHookLib<{ AUDITED: string[]; TRACKED: Record<string, string[]> }>("audit-entry.js");

describe("the audit trail's words", () => {
  it("the hook audits exactly the collections the page can name and filter on", () => {
    expect(hook.AUDITED).toEqual(auditCollections.values);
  });

  it.each(Object.entries(hook.TRACKED))(
    "every field of %s with old → new has a label and a way to show its values",
    (collection, fields) => {
      expect(fields.filter((field) => !hasFieldLabel(collection, field) || !formatsValuesOf(field))).toEqual([]);
    },
  );

  it("every field of an audited collection has a Dutch label (a new field needs one)", () => {
    const unlabelled = auditCollections.values.flatMap((collection) =>
      (recordFields[collection] ?? [])
        .filter((field) => !["id", "created", "updated"].includes(field) && !hasFieldLabel(collection, field))
        .map((field) => `${collection}.${field}`),
    );
    expect(unlabelled).toEqual([]);
  });

  it("one field name means what its collection means by it", () => {
    expect([fieldLabel("pilots", "decision"), fieldLabel("evaluations", "decision"), fieldLabel("evaluations", "kind")]).toEqual([
      "Besluit",
      "Voorstel",
      "Soort evaluatie",
    ]);
  });

  it.each([
    ["stage", "evaluatie", "Evaluatie"],
    ["decision", "borgen", "Borgen"],
    ["visibility", "network", "Netwerk (ingelogde gebruikers)"],
    ["verdict", "verworpen", "Verworpen"],
    ["status", "gesloten", "Gesloten"],
    ["planned_cents", 25_000_000, "€ 250.000"],
    ["spent_cents", 0, "€ 0"],
    ["likelihood", 4, "4"],
    ["verdict", "", "—"],
    ["stage", null, "—"],
  ] as const)("%s %j reads as %s", (field, value, shown) => {
    expect(formatAuditValue(field, value).replace(/\u00a0/g, " ")).toBe(shown);
  });
});
