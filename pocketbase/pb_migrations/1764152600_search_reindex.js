/// <reference path="../pb_data/types.d.ts" />
// The lesson search learned Dutch (issue 13): Snowball stems, compound parts. Every lesson gets its
// search_text again from the lessons' own validation (pb_hooks/lesson_invariants.pb.js sets it in
// onRecordValidate), written in SQL only so that no "updated" date moves and no audit line is
// written; the full-text index is rebuilt after. The reduction itself cannot be copied in here: it
// needs a Dutch word list of a megabyte. On a new database there are no lessons and this does nothing.
migrate(
  (app) => {
    const BATCH = 500;
    let skipped = 0;
    for (let offset = 0; ; offset += BATCH) {
      const lessons = app.findRecordsByFilter("lessons", "id != ''", "id", BATCH, offset);
      if (lessons.length === 0) break;
      for (const lesson of lessons) {
        try {
          app.validate(lesson);
        } catch (_) {
          // A lesson from before a later rule: its search text is set before the rules are checked.
          skipped++;
        }
        app
          .db()
          .newQuery("UPDATE lessons SET search_text = {:text} WHERE id = {:id}")
          .bind({ text: lesson.getString("search_text"), id: lesson.id })
          .execute();
      }
    }
    app.db().newQuery("INSERT INTO lessons_fts(lessons_fts) VALUES ('rebuild')").execute();
    if (skipped > 0) app.logger().warn("Lessen die de huidige regels niet halen, wel opnieuw geïndexeerd", "lessons", skipped);
  },
  () => {
    // Nothing to undo: the older reduction is gone with its code.
  },
);
