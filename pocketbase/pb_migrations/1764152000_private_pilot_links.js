/// <reference path="../pb_data/types.d.ts" />
// A pilot's visibility also covers what points at it. Its adoption count is read under the pilot's
// own read rule. A lesson's link to a pilot (the pilot's id) is blanked for whoever may not see the
// pilot (pb_hooks/lesson_pilot_link.pb.js), so a filter or sort on it must not tell either: a list
// or view that mentions "pilot" in its filter or sort leaves out the lessons whose pilot the caller
// may not see. That check is in the lessons' rules, so it also holds where PocketBase applies them
// for other collections (a filter on comments' lesson.pilot) and for realtime subscriptions.
//
// The rules read the pilot's visibility and municipality from hidden copies on the lesson. A rule
// that joins pilots would make PocketBase list lessons DISTINCT, which loses the (domain, created)
// index walk of "similar lessons" and doubles the time of a large list.

// The pilots' read rule (1764150200), over fields named `${prefix}visibility`, `${prefix}municipality`.
const PILOT_READ = (prefix) =>
  `${prefix}visibility = "public" || (@request.auth.id != "" && (${prefix}visibility = "network" || ${prefix}municipality = @request.auth.municipality))`;
const LESSON_READ = PILOT_READ("");
// Comparing with "" first: an absent parameter is NULL, and NULL NOT LIKE … is not true.
const NOT_ASKING_ABOUT_PILOT =
  '(@request.query.filter = "" || @request.query.filter !~ "pilot") && (@request.query.sort = "" || @request.query.sort !~ "pilot")';
const LESSON_READ_WITH_LINK = `(${LESSON_READ}) && (pilot = "" || ${PILOT_READ("pilot_")} || (${NOT_ASKING_ABOUT_PILOT}))`;

const ADOPTIONS_BEFORE = "SELECT adopted_from AS id, COUNT(*) AS adoptions FROM pilots WHERE adopted_from != '' GROUP BY adopted_from";
// Grouped by the copies' adopted_from, so a lookup by id uses idx_pilots_adopted_from.
const ADOPTIONS =
  "SELECT adopted.adopted_from AS id, original.visibility AS visibility, original.municipality AS municipality, COUNT(*) AS adoptions " +
  "FROM pilots adopted JOIN pilots original ON original.id = adopted.adopted_from GROUP BY adopted.adopted_from";

const pilotColumn = (column) => `COALESCE((SELECT ${column} FROM pilots WHERE id = lessons.pilot), '')`;
// Lesson saves copy them in pb_hooks/lesson_pilot_link.pb.js (a trigger that updates the lesson
// after its insert would run before lessons_facets_insert, whose row would then already exist).
const PILOT_CHANGES =
  "CREATE TRIGGER lessons_pilot_link AFTER UPDATE OF visibility, municipality ON pilots " +
  "BEGIN UPDATE lessons SET pilot_visibility = new.visibility, pilot_municipality = new.municipality WHERE pilot = new.id; END";

migrate(
  (app) => {
    const adoptions = app.findCollectionByNameOrId("pilot_adoptions");
    adoptions.viewQuery = ADOPTIONS;
    adoptions.listRule = PILOT_READ("");
    adoptions.viewRule = PILOT_READ("");
    app.save(adoptions);

    const lessons = app.findCollectionByNameOrId("lessons");
    lessons.fields.add(new TextField({ name: "pilot_visibility", hidden: true, max: 20 }));
    lessons.fields.add(new TextField({ name: "pilot_municipality", hidden: true, max: 20 }));
    lessons.listRule = LESSON_READ_WITH_LINK;
    lessons.viewRule = LESSON_READ_WITH_LINK;
    app.save(lessons);

    const db = app.db();
    db.newQuery(
      `UPDATE lessons SET pilot_visibility = ${pilotColumn("visibility")}, pilot_municipality = ${pilotColumn("municipality")} WHERE pilot != ''`,
    ).execute();
    db.newQuery(PILOT_CHANGES).execute();
  },
  (app) => {
    app.db().newQuery("DROP TRIGGER IF EXISTS lessons_pilot_link").execute();

    const lessons = app.findCollectionByNameOrId("lessons");
    lessons.fields.removeByName("pilot_visibility");
    lessons.fields.removeByName("pilot_municipality");
    lessons.listRule = LESSON_READ;
    lessons.viewRule = LESSON_READ;
    app.save(lessons);

    const adoptions = app.findCollectionByNameOrId("pilot_adoptions");
    adoptions.viewQuery = ADOPTIONS_BEFORE;
    adoptions.listRule = "";
    adoptions.viewRule = "";
    app.save(adoptions);
  },
);
