/// <reference path="../pb_data/types.d.ts" />
// Questions and answers between municipalities on what they can see, and how often a pilot was
// adopted. Comment authors edit and delete only their own comments; a comment never moves.
const VISIBLE = (rel) =>
  `(${rel}.visibility = "public" || (@request.auth.id != "" && (${rel}.visibility = "network" || ${rel}.municipality = @request.auth.municipality)))`;
const TARGET_VISIBLE = `((lesson != "" && ${VISIBLE("lesson")}) || (pilot != "" && ${VISIBLE("pilot")}))`;

migrate(
  (app) => {
    const lessons = app.findCollectionByNameOrId("lessons");
    const pilots = app.findCollectionByNameOrId("pilots");
    const users = app.findCollectionByNameOrId("users");
    const municipalities = app.findCollectionByNameOrId("municipalities");
    app.save(
      new Collection({
        type: "base",
        name: "comments",
        listRule: TARGET_VISIBLE,
        viewRule: TARGET_VISIBLE,
        createRule: `@request.auth.id != "" && author = @request.auth.id && ${TARGET_VISIBLE}`,
        updateRule:
          '@request.auth.id != "" && author = @request.auth.id && @request.body.author:changed = false' +
          " && @request.body.lesson:changed = false && @request.body.pilot:changed = false" +
          " && @request.body.author_name:changed = false && @request.body.author_municipality:changed = false",
        deleteRule: '@request.auth.id != "" && author = @request.auth.id',
        fields: [
          { name: "lesson", type: "relation", required: false, maxSelect: 1, collectionId: lessons.id, cascadeDelete: true },
          { name: "pilot", type: "relation", required: false, maxSelect: 1, collectionId: pilots.id, cascadeDelete: true },
          { name: "author", type: "relation", required: true, maxSelect: 1, collectionId: users.id, cascadeDelete: false },
          // Set from the signed-in author by pb_hooks/comments.pb.js, so readers need no access to users.
          { name: "author_name", type: "text", required: false, max: 120 },
          {
            name: "author_municipality",
            type: "relation",
            required: false,
            maxSelect: 1,
            collectionId: municipalities.id,
            cascadeDelete: false,
          },
          { name: "body", type: "text", required: true, min: 2, max: 5000 },
          { name: "created", type: "autodate", onCreate: true, onUpdate: false },
          { name: "updated", type: "autodate", onCreate: true, onUpdate: true },
        ],
        indexes: [
          "CREATE INDEX idx_comments_lesson ON comments (lesson, created)",
          "CREATE INDEX idx_comments_pilot ON comments (pilot, created)",
          "CREATE INDEX idx_comments_author ON comments (author)",
          "CREATE INDEX idx_comments_created ON comments (created)",
        ],
      }),
    );

    // How many municipalities adopted a pilot: a count only, open to all, even when the copies are private.
    app.save(
      new Collection({
        type: "view",
        name: "pilot_adoptions",
        listRule: "",
        viewRule: "",
        viewQuery: "SELECT adopted_from AS id, COUNT(*) AS adoptions FROM pilots WHERE adopted_from != '' GROUP BY adopted_from",
      }),
    );
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId("pilot_adoptions"));
    app.delete(app.findCollectionByNameOrId("comments"));
  },
);
