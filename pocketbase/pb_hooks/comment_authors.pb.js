/// <reference path="../pb_data/types.d.ts" />
// Readers of a question (peers of other municipalities, guests on public lessons) may not read
// users, so a comment carries its author's name. That copy is the account's current name, never
// a name of the moment: set from the author's account on every save, whoever saves (a client's
// author_name is overwritten, also a superuser's), and rewritten when the account is renamed.
// Rewriting on rename, rather than looking the name up on every read, keeps the busy pages
// (pilot and lesson pages, the inbox) as cheap as they were.

onRecordValidate((e) => {
  let author;
  try {
    author = e.app.findRecordById("users", e.record.getString("author"));
  } catch (_) {
    e.next(); // no such account: the author field's own validation says so
    return;
  }
  e.record.set("author_name", author.getString("name"));
  // The municipality the author asked from; it stays with the question if the account later moves.
  if (e.record.isNew()) e.record.set("author_municipality", author.getString("municipality"));
  e.next();
}, "comments");

onRecordUpdateExecute((e) => {
  if (e.record.original().getString("name") === e.record.getString("name")) {
    e.next();
    return;
  }
  const outer = e.app;
  outer.runInTransaction((txApp) => {
    e.app = txApp; // the rename (e.next()), its comments and decisions are one write
    try {
      e.next();
      // Plain SQL: the comments' own "updated" stays as it was, since their text did not change.
      txApp
        .db()
        .newQuery("UPDATE comments SET author_name = {:name} WHERE author = {:id}")
        .bind({ name: e.record.getString("name"), id: e.record.id })
        .execute();
      // A decision names who took it the same way (decisions.pb.js).
      txApp
        .db()
        .newQuery("UPDATE decisions SET decided_by_name = {:name} WHERE decided_by = {:id}")
        .bind({ name: e.record.getString("name"), id: e.record.id })
        .execute();
    } finally {
      e.app = outer;
    }
  });
}, "users");
