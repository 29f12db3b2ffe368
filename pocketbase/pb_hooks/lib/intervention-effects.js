// Costs and benefits per actor summed per intervention, for /wat-werkt (issue 15): over the pilots
// of the intervention that the caller may read (the pilots' read rule in SQL, as lib/what-works.js
// has it, and every pilot checked with canAccessRecord as well). A private pilot is read only by its
// own municipality, so it counts only in that municipality's view. An intervention whose readable
// pilots with costs or benefits come from fewer than MIN_MUNICIPALITIES municipalities gets no sums
// at all: with one or two municipalities a sum is their own figure (src/domain/what-works.ts).

const { readableInScope } = require(`${__hooks}/lib/read-scope.js`);
const READ = readableInScope("p");
/** src/domain/what-works.ts MIN_MUNICIPALITIES. */
const MIN_MUNICIPALITIES = 3;

const SQL =
  "SELECT p.id AS pilot, p.intervention AS intervention, p.municipality AS municipality, f.actor AS actor, f.kind AS kind, " +
  "SUM(f.expected_cents) AS expected_cents, SUM(f.realised_cents) AS realised_cents " +
  `FROM pilot_effects f JOIN pilots p ON p.id = f.pilot WHERE p.intervention != '' AND ${READ} ` +
  "GROUP BY p.id, f.actor, f.kind ORDER BY p.id, f.actor, f.kind";

/** Per intervention id: { municipalities, pilots, effects: [{ actor, kind, expected_cents, realised_cents }] or null }. */
function answer(e, scope) {
  const rows = arrayOf(
    new DynamicModel({ pilot: "", intervention: "", municipality: "", actor: "", kind: "", expected_cents: 0, realised_cents: 0 }),
  );
  e.app.db().newQuery(SQL).bind(scope).all(rows);
  const pilotIds = [...new Set(rows.map((row) => row.pilot))];
  const readable = new Set(
    require(`${__hooks}/lib/readable-rows.js`)
      .readableRows(
        e,
        "pilots",
        pilotIds.map((id) => ({ id })),
      )
      .map((row) => row.id),
  );
  const groups = {};
  for (const row of rows) {
    if (!readable.has(row.pilot)) continue;
    if (!groups[row.intervention]) groups[row.intervention] = { municipalities: new Set(), pilots: new Set(), sums: {} };
    const group = groups[row.intervention];
    group.municipalities.add(row.municipality);
    group.pilots.add(row.pilot);
    const key = `${row.actor}:${row.kind}`;
    if (!group.sums[key]) group.sums[key] = { actor: row.actor, kind: row.kind, expected_cents: 0, realised_cents: 0 };
    const sum = group.sums[key];
    sum.expected_cents += row.expected_cents;
    sum.realised_cents += row.realised_cents;
  }
  const result = {};
  for (const [intervention, group] of Object.entries(groups)) {
    const shown = group.municipalities.size >= MIN_MUNICIPALITIES;
    result[intervention] = {
      municipalities: group.municipalities.size,
      pilots: group.pilots.size,
      effects: shown ? Object.values(group.sums) : null,
    };
  }
  return result;
}

module.exports = { answer, MIN_MUNICIPALITIES };
