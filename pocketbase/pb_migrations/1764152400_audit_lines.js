/// <reference path="../pb_data/types.d.ts" />
// An audit line a council can read (pb_hooks/audit.pb.js, docs/decisions/013-audit-lines.md): what
// was changed is named as it was called at the time (subject, pilot_title), the fields that matter
// keep their old and new values (changes), and the writes of one batch share one line (parts, with
// every collection it touched in collections, for the filter). Existing lines get the names their
// records have now, where they still exist.
const COLLECTIONS = [
  "pilots",
  "hypotheses",
  "budget_lines",
  "risks",
  "evaluations",
  "measurements",
  "testimonials",
  "lessons",
  "decisions",
];

// The naming facts of each collection, as lib/audit-entry.js subjectOf stores them.
const SUBJECTS = {
  pilots: "json_object('title', t.title)",
  risks: "json_object('title', t.title)",
  lessons: "json_object('title', t.title)",
  hypotheses: "json_object('title', t.indicator)",
  budget_lines: "json_object('source', t.source, 'year', t.year)",
  evaluations: "json_object('kind', t.kind, 'date', substr(t.date, 1, 10))",
};
const PILOT_OF = {
  pilots: "SELECT id FROM pilots WHERE id = audit_log.record",
  hypotheses: "SELECT pilot FROM hypotheses WHERE id = audit_log.record",
  budget_lines: "SELECT pilot FROM budget_lines WHERE id = audit_log.record",
  risks: "SELECT pilot FROM risks WHERE id = audit_log.record",
  evaluations: "SELECT pilot FROM evaluations WHERE id = audit_log.record",
  measurements: "SELECT e.pilot FROM measurements m JOIN evaluations e ON e.id = m.evaluation WHERE m.id = audit_log.record",
  testimonials: "SELECT e.pilot FROM testimonials m JOIN evaluations e ON e.id = m.evaluation WHERE m.id = audit_log.record",
};

migrate(
  (app) => {
    const log = app.findCollectionByNameOrId("audit_log");
    log.fields.add(new TextField({ name: "pilot", required: false, max: 30 }));
    log.fields.add(new TextField({ name: "pilot_title", required: false, max: 300 }));
    log.fields.add(new JSONField({ name: "subject", required: false, maxSize: 2000 }));
    log.fields.add(new JSONField({ name: "changes", required: false, maxSize: 10000 }));
    // At most 130 rows per pilot (lib/row-limits.js), each a few hundred bytes.
    log.fields.add(new JSONField({ name: "parts", required: false, maxSize: 500000 }));
    // Which batch request wrote the line, so the batch's other writes find it (a key made by the hook).
    log.fields.add(new TextField({ name: "batch", required: false, max: 40, hidden: true }));
    log.fields.add(new SelectField({ name: "collections", required: false, maxSelect: COLLECTIONS.length, values: COLLECTIONS }));
    log.addIndex("idx_audit_log_pilot", false, "pilot", "");
    app.save(log);

    const run = (sql) => app.db().newQuery(sql).execute();
    run("UPDATE audit_log SET collections = json_array(collection), changes = '[]', parts = '[]'");
    for (const [collection, query] of Object.entries(PILOT_OF)) {
      run(`UPDATE audit_log SET pilot = COALESCE((${query}), '') WHERE collection = '${collection}'`);
    }
    run("UPDATE audit_log SET pilot_title = COALESCE((SELECT title FROM pilots WHERE id = audit_log.pilot), '') WHERE pilot != ''");
    for (const [collection, subject] of Object.entries(SUBJECTS)) {
      run(
        `UPDATE audit_log SET subject = COALESCE((SELECT ${subject} FROM ${collection} t WHERE t.id = audit_log.record), '{}') ` +
          `WHERE collection = '${collection}'`,
      );
    }
  },
  (app) => {
    const log = app.findCollectionByNameOrId("audit_log");
    for (const name of ["pilot", "pilot_title", "subject", "changes", "parts", "batch", "collections"]) log.fields.removeByName(name);
    log.removeIndex("idx_audit_log_pilot");
    app.save(log);
  },
);
