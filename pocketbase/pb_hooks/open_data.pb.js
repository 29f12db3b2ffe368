/// <reference path="../pb_data/types.d.ts" />
// GET /api/proeftuin/open-data/pilots?offset=…
//   A page of OPEN_DATA_PAGE public pilots (the guests' read rule of pilots, in SQL) with their
//   municipality's name and CBS code and their intervention's name, oldest first, for the open data
//   files (src/data/open-data.ts). PocketBase's own list runs the pilots' enrich hooks per record,
//   some 4 ms each: minutes at network scale, where this query takes well under a second.
routerAdd("GET", "/api/proeftuin/open-data/pilots", (e) => {
  const PAGE = 1000;
  const offset = Math.max(0, Math.floor(Number(e.requestInfo().query.offset) || 0));
  const rows = arrayOf(
    new DynamicModel({
      id: "",
      title: "",
      summary: "",
      domain: "",
      stage: "",
      start_date: "",
      end_date: "",
      decision: "",
      updated: "",
      municipality_name: "",
      municipality_code: "",
      intervention_name: "",
    }),
  );
  e.app
    .db()
    .newQuery(
      `SELECT p.id, p.title, p.summary, p.domain, p.stage, p.start_date, p.end_date, p.decision, p.updated,
              m.name AS municipality_name, m.cbs_code AS municipality_code, COALESCE(i.name, '') AS intervention_name
         FROM pilots p
         JOIN municipalities m ON m.id = p.municipality
         LEFT JOIN interventions i ON i.id = p.intervention
        WHERE p.visibility = 'public'
        ORDER BY p.created, p.id
        LIMIT {:limit} OFFSET {:offset}`,
    )
    .bind({ limit: PAGE, offset })
    .all(rows);
  return e.json(200, { pageSize: PAGE, items: rows });
});
