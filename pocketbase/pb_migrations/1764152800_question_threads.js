/// <reference path="../pb_data/types.d.ts" />
// Questions get answers beneath them and an answered state. A comment without reply_to is a
// question; an answer replies to one question (one level, same lesson or pilot:
// pb_hooks/comment_threads.pb.js). Existing comments stay questions.
//
// Who may change what on a comment:
// - its author: the text and, on a question, whether it is answered;
// - a user of the municipality that owns the lesson or pilot: whether a question is answered, nothing else.
// answered_at and answered_by are the server's (set by the hook from the account), never the client's.
const FIXED = ["author", "lesson", "pilot", "author_name", "author_municipality", "reply_to", "answered_at", "answered_by"];
const UNCHANGED = FIXED.map((field) => `@request.body.${field}:changed = false`).join(" && ");
const OWNER = "(lesson.municipality = @request.auth.municipality || pilot.municipality = @request.auth.municipality)";
const UPDATE_RULE =
  `@request.auth.id != "" && ${UNCHANGED}` + ` && (author = @request.auth.id || (${OWNER} && @request.body.body:changed = false))`;
const UPDATE_RULE_BEFORE =
  '@request.auth.id != "" && author = @request.auth.id && @request.body.author:changed = false' +
  " && @request.body.lesson:changed = false && @request.body.pilot:changed = false" +
  " && @request.body.author_name:changed = false && @request.body.author_municipality:changed = false";

migrate(
  (app) => {
    const comments = app.findCollectionByNameOrId("comments");
    const users = app.findCollectionByNameOrId("users");
    comments.fields.add(
      new RelationField({ name: "reply_to", required: false, maxSelect: 1, collectionId: comments.id, cascadeDelete: true }),
    );
    comments.fields.add(new BoolField({ name: "answered" }));
    comments.fields.add(new DateField({ name: "answered_at" }));
    comments.fields.add(
      new RelationField({ name: "answered_by", required: false, maxSelect: 1, collectionId: users.id, cascadeDelete: false }),
    );
    comments.updateRule = UPDATE_RULE;
    comments.indexes = [
      ...comments.indexes,
      "CREATE INDEX idx_comments_reply_to ON comments (reply_to, created)",
      "CREATE INDEX idx_comments_answered ON comments (answered, created)",
    ];
    app.save(comments);
  },
  (app) => {
    const comments = app.findCollectionByNameOrId("comments");
    for (const name of ["reply_to", "answered", "answered_at", "answered_by"]) comments.fields.removeByName(name);
    comments.indexes = comments.indexes.filter((index) => !/idx_comments_(reply_to|answered)/.test(index));
    comments.updateRule = UPDATE_RULE_BEFORE;
    app.save(comments);
  },
);
