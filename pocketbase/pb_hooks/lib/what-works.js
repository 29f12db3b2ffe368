// The records /wat-werkt pools, for one caller: pilots that try a named intervention and that the
// caller may read (the pilots' read rule, in SQL as lib/pilot-list.js has it, and every pilot
// checked with canAccessRecord as well), their hypotheses, and per hypothesis on a catalogue
// indicator its latest measurement from at least 10 participants. A smaller measurement is never
// returned, so it can count in no figure; the site computes the figures (src/domain/what-works.ts).
// A private pilot is read only by its own municipality, so it counts only in that municipality's view.

const { readableInScope } = require(`${__hooks}/lib/read-scope.js`);
const READ = readableInScope("p");
const latest = require(`${__hooks}/lib/latest-measurements.js`);

const PILOTS_SQL =
  "SELECT p.id AS id, p.title AS title, p.intervention AS intervention, p.municipality AS municipality, " +
  "m.name AS municipality_name, m.size_class AS size_class " +
  `FROM pilots p JOIN municipalities m ON m.id = p.municipality WHERE p.intervention != '' AND ${READ} ORDER BY p.title, p.id`;

const HYPOTHESES_SQL =
  "SELECT h.id AS id, h.pilot AS pilot, h.verdict AS verdict, h.indicator_ref AS indicator, h.baseline AS baseline " +
  `FROM hypotheses h JOIN pilots p ON p.id = h.pilot WHERE p.intervention != '' AND ${READ} ORDER BY h.id`;

const LAST_MEASUREMENTS_SQL = latest.latestMeasurementsSql(
  ["ms.hypothesis AS hypothesis", "ms.value AS value", "ms.sample_size AS sample_size", "ms.period AS period"],
  `h.indicator_ref != '' AND p.intervention != '' AND ${READ}`,
);

// A number column needs a fractional placeholder: with 0 the row reads into an integer and a stored 3.4 fails.
const FLOAT = 0.5;

function rowsOf(app, sql, params, shape) {
  const rows = arrayOf(new DynamicModel(shape));
  app.db().newQuery(sql).bind(params).all(rows);
  return rows;
}

function byIds(app, table, columns, ids) {
  if (ids.length === 0) return [];
  const shape = {};
  for (const column of columns) shape[column] = "";
  const rows = arrayOf(new DynamicModel(shape));
  app
    .db()
    .select(...columns)
    .from(table)
    .where($dbx.in("id", ...ids))
    .orderBy("name", "id")
    .all(rows);
  return rows.map((row) => {
    const plain = {};
    for (const column of columns) plain[column] = row[column];
    return plain;
  });
}

/** The route's answer for this caller ({ signedIn: 0|1, own: municipality id or "" }). */
function answer(e, scope) {
  const app = e.app;
  const readable = require(`${__hooks}/lib/readable-rows.js`).readableRows(
    e,
    "pilots",
    rowsOf(app, PILOTS_SQL, scope, { id: "", title: "", intervention: "", municipality: "", municipality_name: "", size_class: "" }),
  );
  const pilotIds = new Set(readable.map((row) => row.id));
  const pilots = readable.map((row) => ({
    id: row.id,
    title: row.title,
    intervention: row.intervention,
    municipality: row.municipality,
    municipality_name: row.municipality_name,
    size_class: row.size_class,
  }));
  const hypotheses = rowsOf(app, HYPOTHESES_SQL, scope, { id: "", pilot: "", verdict: "", indicator: "", baseline: FLOAT })
    .filter((row) => pilotIds.has(row.pilot))
    .map((row) => ({ id: row.id, pilot: row.pilot, verdict: row.verdict, indicator: row.indicator, baseline: row.baseline }));
  const hypothesisIds = new Set(hypotheses.map((row) => row.id));
  const measurements = rowsOf(app, LAST_MEASUREMENTS_SQL, scope, { hypothesis: "", value: FLOAT, sample_size: 0, period: "" })
    .filter((row) => hypothesisIds.has(row.hypothesis))
    .map((row) => ({ hypothesis: row.hypothesis, value: row.value, sample_size: row.sample_size, period: row.period }));
  const interventionIds = [...new Set(pilots.map((pilot) => pilot.intervention))];
  const indicatorIds = [...new Set(hypotheses.map((row) => row.indicator).filter((id) => id !== ""))];
  return {
    interventions: byIds(app, "interventions", ["id", "name", "description"], interventionIds),
    indicators: byIds(app, "indicators", ["id", "key", "name", "unit", "direction"], indicatorIds),
    pilots,
    hypotheses,
    measurements,
  };
}

/**
 * Moves every pilot of intervention `from` to `into` and deletes `from`, in one transaction.
 * Returns the number of pilots moved. Throws a BadRequestError for a bad pair.
 */
function merge(app, from, into) {
  if (typeof from !== "string" || typeof into !== "string" || from === "" || into === "" || from === into) {
    throw new BadRequestError("Geef twee verschillende interventies op: from en into.");
  }
  let moved = 0;
  app.runInTransaction((txApp) => {
    const found = (id) => {
      try {
        return txApp.findRecordById("interventions", id);
      } catch (_) {
        throw new NotFoundError(`Interventie ${id} bestaat niet.`);
      }
    };
    const source = found(from);
    found(into);
    for (const pilot of txApp.findAllRecords("pilots", $dbx.hashExp({ intervention: from }))) {
      pilot.set("intervention", into);
      // Only the link changes: the pilot's own invariants were checked when it was saved.
      txApp.saveNoValidate(pilot);
      moved++;
    }
    txApp.delete(source);
  });
  return moved;
}

module.exports = { answer, merge };
