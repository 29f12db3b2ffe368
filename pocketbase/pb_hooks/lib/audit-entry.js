// What one audited write tells the audit log (lib/audit.js merges the writes of one save into one
// line). Names are snapshots taken at the time, so a deleted record is still named by what it was
// called. Free text bodies, quotes and pseudonyms stay out: only titles and closed vocabularies.
// src/domain/audit-labels.ts names the same collections and fields for the reader
// (tests/unit/audit-labels.test.ts compares them).

/** Audited collections; decisions is audited once its collection exists (migration 1764152100). */
const AUDITED = [
  "pilots",
  "hypotheses",
  "budget_lines",
  "risks",
  "evaluations",
  "measurements",
  "testimonials",
  "lessons",
  "decisions",
  "pilot_effects",
];

/** Fields whose old and new values the line shows; other changed fields are named only. */
const TRACKED = {
  pilots: ["stage", "decision", "visibility"],
  hypotheses: ["verdict"],
  budget_lines: ["planned_cents", "spent_cents"],
  risks: ["likelihood", "impact", "status"],
  evaluations: ["kind"],
  pilot_effects: ["expected_cents", "realised_cents"],
};

/** Writes of these move their pilot through the stage gate inside the same transaction (decisions.pb.js, evaluation_invariants.pb.js). */
const MOVES_PILOT = ["evaluations", "decisions"];
const PILOT_STATE = ["stage", "decision"];

// Fields whose change is noise rather than an edit.
const IGNORED = ["updated", "created"];
const MAX_TITLE = 200;

/** Names of the fields whose stored value differs from the value about to be saved. */
function changedFields(record) {
  const original = record.original();
  const changed = [];
  for (const field of record.collection().fields) {
    const name = field.getName();
    if (IGNORED.includes(name) || field.getHidden()) continue;
    if (JSON.stringify(record.get(name)) !== JSON.stringify(original.get(name))) changed.push(name);
  }
  return changed;
}

function findOrNull(app, collection, id) {
  if (!id) return null;
  try {
    return app.findRecordById(collection, id);
  } catch (_) {
    return null; // gone already
  }
}

/** The pilot a record belongs to (itself for a pilot); null for lessons, which stand on their own. */
function pilotOf(app, record) {
  const name = record.collection().name;
  if (name === "pilots") return record;
  if (name === "lessons") return null;
  if (name === "measurements" || name === "testimonials") {
    const evaluation = findOrNull(app, "evaluations", record.getString("evaluation"));
    return evaluation ? findOrNull(app, "pilots", evaluation.getString("pilot")) : null;
  }
  return findOrNull(app, "pilots", record.getString("pilot"));
}

/** The municipality a record belongs to: its own field, or that of the pilot it hangs under. */
function municipalityOf(app, record) {
  if (record.collection().name === "lessons") return record.getString("municipality");
  const pilot = pilotOf(app, record);
  return pilot ? pilot.getString("municipality") : "";
}

const short = (text) => (text.length > MAX_TITLE ? `${text.slice(0, MAX_TITLE - 1)}…` : text);

/** What names the record on the line, as it is now. */
function subjectOf(app, record) {
  switch (record.collection().name) {
    case "pilots":
    case "risks":
    case "lessons":
      return { title: short(record.getString("title")) };
    case "hypotheses":
      return { title: short(record.getString("indicator")) };
    case "budget_lines":
      return { source: record.getString("source"), year: record.getInt("year") };
    case "pilot_effects":
      return { actor: record.getString("actor"), kind: record.getString("kind"), year: record.getInt("year") };
    case "evaluations":
      return { kind: record.getString("kind"), date: record.getString("date").slice(0, 10) };
    case "measurements": {
      const hypothesis = findOrNull(app, "hypotheses", record.getString("hypothesis"));
      const title = hypothesis ? short(hypothesis.getString("indicator")) : "";
      return { title, period: record.getString("period"), evaluation: record.getString("evaluation") };
    }
    case "testimonials":
      return { evaluation: record.getString("evaluation") };
    case "decisions":
      return { decision: record.getString("decision") };
    default:
      return {};
  }
}

// A new row's zero amount says nothing yet.
const isEmpty = (value) => value === null || value === undefined || value === "" || value === 0;

/** Old → new of the tracked fields: all set ones for a create, the changed ones for an update. */
function trackedChanges(record, action, changed) {
  if (action === "delete") return [];
  const tracked = TRACKED[record.collection().name] || [];
  const original = action === "update" ? record.original() : null;
  return tracked
    .filter((field) => (original ? changed.includes(field) : !isEmpty(record.get(field))))
    .map((field) => ({ field, old: original ? original.get(field) : null, new: record.get(field) }));
}

/** The pilot's stage and decision, for a write that may move its pilot through the stage gate. */
function pilotStateOf(app, record) {
  if (!MOVES_PILOT.includes(record.collection().name)) return null;
  const pilot = findOrNull(app, "pilots", record.getString("pilot"));
  if (!pilot) return null;
  const state = {};
  for (const field of PILOT_STATE) state[field] = pilot.getString(field);
  return state;
}

/** What the write did to its pilot's stage and decision, as changes of the line. */
function pilotEffects(before, after) {
  if (!before || !after) return [];
  return PILOT_STATE.filter((field) => before[field] !== after[field]).map((field) => ({
    field,
    old: before[field] || null,
    new: after[field] || null,
  }));
}

/**
 * The entry for one write, and where its line belongs. `before` is what was known before the
 * write: the changed fields of an update and the pilot's stage-gate state.
 */
function entryOf(app, action, record, before) {
  const pilot = pilotOf(app, record);
  const after = action === "delete" ? null : pilotStateOf(app, record);
  return {
    entry: {
      collection: record.collection().name,
      record: record.id,
      action,
      subject: subjectOf(app, record),
      changed_fields: before.changed,
      changes: [...(before.tracked || trackedChanges(record, action, [])), ...pilotEffects(before.pilotState, after)],
    },
    municipality: municipalityOf(app, record),
    pilot: pilot ? pilot.id : "",
    pilotTitle: pilot ? short(pilot.getString("title")) : "",
  };
}

/** What must be read before the write: afterwards the original values and a deleted child's pilot are gone. */
function beforeWrite(app, action, record) {
  const changed = action === "update" ? changedFields(record) : [];
  return {
    changed,
    tracked: action === "update" ? trackedChanges(record, action, changed) : null,
    pilotState: pilotStateOf(app, record),
  };
}

module.exports = { AUDITED, TRACKED, entryOf, beforeWrite };
