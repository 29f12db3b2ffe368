/// <reference path="../pb_data/types.d.ts" />
// Authors can always read their own comments, also when the lesson or pilot they were about is no
// longer visible to them: what the platform holds about a person is theirs to see (AVG, art. 15).
const VISIBLE = (rel) =>
  `(${rel}.visibility = "public" || (@request.auth.id != "" && (${rel}.visibility = "network" || ${rel}.municipality = @request.auth.municipality)))`;
const TARGET_VISIBLE = `((lesson != "" && ${VISIBLE("lesson")}) || (pilot != "" && ${VISIBLE("pilot")}))`;

migrate(
  (app) => {
    const comments = app.findCollectionByNameOrId("comments");
    comments.listRule = `${TARGET_VISIBLE} || (@request.auth.id != "" && author = @request.auth.id)`;
    comments.viewRule = comments.listRule;
    app.save(comments);
  },
  (app) => {
    const comments = app.findCollectionByNameOrId("comments");
    comments.listRule = TARGET_VISIBLE;
    comments.viewRule = TARGET_VISIBLE;
    app.save(comments);
  },
);
