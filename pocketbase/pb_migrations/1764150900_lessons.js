/// <reference path="../pb_data/types.d.ts" />
// Lessons learned, shared like pilots (private, network, public; only the owning municipality
// writes), with a full-text index (SQLite FTS5) over a stemmed, accent-free copy of their text
// that pb_hooks/lesson_invariants.pb.js keeps in the hidden field search_text.
const READ = 'visibility = "public" || (@request.auth.id != "" && (visibility = "network" || municipality = @request.auth.municipality))';
const WRITER =
  '@request.auth.id != "" && (@request.auth.role = "innovatiemanager" || @request.auth.role = "directeur")' +
  " && municipality = @request.auth.municipality";

migrate(
  (app) => {
    const municipalities = app.findCollectionByNameOrId("municipalities");
    const pilots = app.findCollectionByNameOrId("pilots");
    const users = app.findCollectionByNameOrId("users");
    app.save(
      new Collection({
        type: "base",
        name: "lessons",
        listRule: READ,
        viewRule: READ,
        createRule: `${WRITER} && author = @request.auth.id && (pilot = "" || pilot.municipality = @request.auth.municipality)`,
        updateRule:
          `${WRITER} && @request.body.municipality:changed = false && @request.body.author:changed = false` +
          ` && (@request.body.pilot:changed = false || @request.body.pilot = "" || @request.body.pilot.municipality = @request.auth.municipality)`,
        deleteRule: WRITER,
        fields: [
          { name: "municipality", type: "relation", required: true, maxSelect: 1, collectionId: municipalities.id, cascadeDelete: false },
          { name: "pilot", type: "relation", required: false, maxSelect: 1, collectionId: pilots.id, cascadeDelete: false },
          { name: "author", type: "relation", required: false, maxSelect: 1, collectionId: users.id, cascadeDelete: false },
          { name: "title", type: "text", required: true, min: 5, max: 200 },
          // Markdown; rendered sanitised (src/server/markdown.ts).
          { name: "body", type: "text", required: true, min: 20, max: 20000 },
          { name: "kind", type: "select", required: true, maxSelect: 1, values: ["werkzaam_element", "valkuil", "randvoorwaarde", "tip"] },
          {
            name: "domain",
            type: "select",
            required: true,
            maxSelect: 1,
            values: ["wmo", "jeugd", "participatie", "schuldhulp", "armoede", "wonen", "gezondheid", "onderwijs", "veiligheid", "overig"],
          },
          { name: "target_group", type: "text", required: false, max: 300 },
          {
            name: "principles",
            type: "select",
            required: false,
            maxSelect: 7,
            values: ["burgerparticipatie", "integrale_aanpak", "preventie", "maatwerk", "digitalisering", "data_gedreven", "samenwerking"],
          },
          { name: "tags", type: "json", required: false, maxSize: 2000 },
          { name: "visibility", type: "select", required: true, maxSelect: 1, values: ["private", "network", "public"] },
          { name: "search_text", type: "text", required: false, hidden: true, max: 60000 },
          { name: "created", type: "autodate", onCreate: true, onUpdate: false },
          { name: "updated", type: "autodate", onCreate: true, onUpdate: true },
        ],
        indexes: [
          "CREATE INDEX idx_lessons_visibility ON lessons (visibility, created)",
          "CREATE INDEX idx_lessons_municipality ON lessons (municipality, created)",
          "CREATE INDEX idx_lessons_pilot ON lessons (pilot)",
          "CREATE INDEX idx_lessons_domain ON lessons (domain)",
          "CREATE INDEX idx_lessons_kind ON lessons (kind)",
        ],
      }),
    );

    const db = app.db();
    db.newQuery(
      "CREATE VIRTUAL TABLE lessons_fts USING fts5(search_text, content = 'lessons', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2')",
    ).execute();
    db.newQuery(
      "CREATE TRIGGER lessons_fts_insert AFTER INSERT ON lessons BEGIN INSERT INTO lessons_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END",
    ).execute();
    db.newQuery(
      "CREATE TRIGGER lessons_fts_delete AFTER DELETE ON lessons BEGIN INSERT INTO lessons_fts(lessons_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text); END",
    ).execute();
    db.newQuery(
      "CREATE TRIGGER lessons_fts_update AFTER UPDATE OF search_text ON lessons BEGIN " +
        "INSERT INTO lessons_fts(lessons_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text); " +
        "INSERT INTO lessons_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END",
    ).execute();
  },
  (app) => {
    const db = app.db();
    for (const trigger of ["lessons_fts_insert", "lessons_fts_delete", "lessons_fts_update"])
      db.newQuery(`DROP TRIGGER IF EXISTS ${trigger}`).execute();
    db.newQuery("DROP TABLE IF EXISTS lessons_fts").execute();
    app.delete(app.findCollectionByNameOrId("lessons"));
  },
);
