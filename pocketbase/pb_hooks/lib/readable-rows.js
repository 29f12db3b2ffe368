// Routes that read with SQL of their own (lesson search, pilot overview) have the collection's read
// rule in that SQL. As a second guard, every row they return must also pass the rule itself, as
// PocketBase evaluates it for this caller; a row that does not is left out.

function readableRows(e, collectionName, rows) {
  const info = e.requestInfo();
  const rule = e.app.findCollectionByNameOrId(collectionName).listRule;
  return rows.filter((row) => e.app.canAccessRecord(e.app.findRecordById(collectionName, row.id), info, rule));
}

module.exports = { readableRows };
