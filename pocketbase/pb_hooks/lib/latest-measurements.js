// Per hypothesis, its latest measurement from at least MIN_SAMPLE_SIZE participants: what "wat
// werkt" pools and what an indicator's achieved figure is made of. A smaller measurement is never
// returned, so it counts in no figure (DESIGN.md "small numbers").

/** src/domain/suppression.ts MIN_SAMPLE_SIZE. */
const MIN_SAMPLE_SIZE = 10;

/**
 * The SQL: `columns` are "expression AS name" over ms (measurements), e (evaluations), h (hypotheses)
 * and p (pilots); `where` narrows the rows (with the read rule). Per hypothesis the latest month
 * wins, then the later evaluation, then the id, so the choice is stable.
 */
function latestMeasurementsSql(columns, where) {
  const names = columns.map((column) => column.split(" AS ").pop());
  return (
    `SELECT ${names.join(", ")} FROM (SELECT ${columns.join(", ")}, ` +
    "ROW_NUMBER() OVER (PARTITION BY h.id ORDER BY ms.period DESC, e.date DESC, ms.id DESC) AS rank " +
    "FROM measurements ms JOIN evaluations e ON e.id = ms.evaluation JOIN hypotheses h ON h.id = ms.hypothesis " +
    `JOIN pilots p ON p.id = h.pilot WHERE ms.sample_size >= ${MIN_SAMPLE_SIZE} AND ${where}) WHERE rank = 1`
  );
}

module.exports = { MIN_SAMPLE_SIZE, latestMeasurementsSql };
