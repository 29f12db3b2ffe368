/// <reference path="../pb_data/types.d.ts" />
// Costs and benefits per actor (pilot_effects) are audited like budget lines
// (pb_hooks/lib/audit-entry.js): the audit log's filter on kinds of data needs them as a choice.

const BEFORE = ["pilots", "hypotheses", "budget_lines", "risks", "evaluations", "measurements", "testimonials", "lessons", "decisions"];

migrate(
  (app) => {
    const log = app.findCollectionByNameOrId("audit_log");
    const field = log.fields.getByName("collections");
    const values = [...BEFORE, "pilot_effects"];
    field.values = values;
    field.maxSelect = values.length;
    app.save(log);
  },
  (app) => {
    const log = app.findCollectionByNameOrId("audit_log");
    const field = log.fields.getByName("collections");
    field.values = BEFORE;
    field.maxSelect = BEFORE.length;
    app.save(log);
  },
);
