// What the visitor's home page and "Mijn Proeftuin" ask on every visit, in plain SQL (issue 16).
// Through the records API each was a list that counts or sorts through its read rule's joins: the
// newest lessons in a user's domains took seconds on a network of 100,000 lessons, the newest
// questions to a municipality (with their answers expanded, which the start page does not show)
// and the question counts scanned all comments. Each must give what PocketBase's own list gives
// (tests/integration/start-page-routes.test.ts compares items, order and counts for every role):
// - lessons: the lessons' read rule, which for a list not filtered or sorted on "pilot" is
//   public, or signed in and network or of the caller's municipality; newest first ("-created,-id");
// - questions to a municipality: questions (no reply_to) on its lessons or pilots by other
//   municipalities. Each is readable by every user of that municipality through the comments' rule
//   (its lesson or pilot is theirs), so the answer depends on the municipality alone.
// Every lesson and question returned is checked with canAccessRecord as well (lib/readable-rows.js).

const LESSON_READ = require(`${__hooks}/lib/read-scope.js`).readableInScope("");
const LESSON_COLUMNS = "id, title, domain, kind, created, municipality";
/** src/server/start-page.ts HOME_LIMIT and START_PAGE_LIMIT; NEWEST_QUESTIONS_SHOWN. */
const HOME_LESSONS = 5;
const START_LESSONS = 8;
const NEWEST_QUESTIONS = 5;
/** There are ten domains; more values than this are no question the site asks. */
const MAX_DOMAINS = 20;

const LESSON_SHAPE = { id: "", title: "", domain: "", kind: "", created: "", municipality: "", municipality_name: "" };

function rowsOf(app, sql, params, shape) {
  const rows = arrayOf(new DynamicModel(shape));
  app.db().newQuery(sql).bind(params).all(rows);
  return rows;
}

/** Lesson rows as PocketBase lists them with fields "id,title,domain,kind,created,municipality,expand.municipality.name". */
function lessonItems(e, rows) {
  return require(`${__hooks}/lib/readable-rows.js`)
    .readableRows(e, "lessons", rows)
    .map((row) => ({
      id: row.id,
      title: row.title,
      domain: row.domain,
      kind: row.kind,
      created: row.created,
      municipality: row.municipality,
      expand: { municipality: { name: row.municipality_name } },
    }));
}

const withMunicipalityName = (inner, limit) =>
  `SELECT x.*, COALESCE(m.name, '') AS municipality_name FROM (${inner}) x LEFT JOIN municipalities m ON m.id = x.municipality ` +
  `ORDER BY x.created DESC, x.id DESC LIMIT ${limit}`;

/** The home page: the newest public lessons and how many public lessons there are (the same for every caller). */
function homeAnswer(e) {
  const app = e.app;
  const inner = `SELECT ${LESSON_COLUMNS} FROM lessons WHERE visibility = 'public' ORDER BY created DESC, id DESC LIMIT ${HOME_LESSONS}`;
  const total = new DynamicModel({ count: 0 });
  app.db().newQuery("SELECT COUNT(*) AS count FROM lessons WHERE visibility = 'public'").one(total);
  return { lessons: lessonItems(e, rowsOf(app, withMunicipalityName(inner, HOME_LESSONS), {}, LESSON_SHAPE)), total: total.count };
}

/**
 * The lessons' rule reads the request's filter and sort (to stop inference through a pilot); an
 * answer checked with a caller's own filter would be cached for all, so these routes take none.
 */
function refuseListParameters(query) {
  if (query.filter !== undefined || query.sort !== undefined) throw new BadRequestError("Deze route kent geen filter en geen sortering.");
}

/** The domains a start page asks for: distinct texts, at most MAX_DOMAINS, in the order given. */
function readDomains(query) {
  refuseListParameters(query);
  const values = String(query.domains || "")
    .split(",")
    .map((value) => value.trim().slice(0, 50))
    .filter((value) => value !== "");
  return [...new Set(values)].slice(0, MAX_DOMAINS);
}

/**
 * The newest lessons of other municipalities in these domains that the caller may read. One
 * newest-first slice per domain (idx_lessons_domain_created), merged: an IN over the domains
 * would sort every lesson of them.
 */
function domainLessons(e, domains, scope) {
  if (domains.length === 0) return [];
  const params = { signedIn: scope.signedIn, own: scope.own };
  const slices = domains.map((domain, i) => {
    params[`d${i}`] = domain;
    return (
      `SELECT * FROM (SELECT ${LESSON_COLUMNS} FROM lessons WHERE domain = {:d${i}} AND municipality != {:own} AND ${LESSON_READ} ` +
      `ORDER BY created DESC, id DESC LIMIT ${START_LESSONS})`
    );
  });
  return lessonItems(e, rowsOf(e.app, withMunicipalityName(slices.join(" UNION ALL "), START_LESSONS), params, LESSON_SHAPE));
}

// Questions to municipality {:m}: on its lessons, or on its pilots (and not on one of its lessons,
// so that no question counts twice). Both go through the municipality indexes of lessons and pilots.
const TO_MUNICIPALITY = `
SELECT c.id AS id, c.created AS created, c.answered AS answered, c.pilot AS pilot
  FROM lessons l JOIN comments c ON c.lesson = l.id
  WHERE l.municipality = {:m} AND c.reply_to = '' AND c.author_municipality != {:m}
UNION ALL
SELECT c.id, c.created, c.answered, c.pilot
  FROM pilots p JOIN comments c ON c.pilot = p.id
  WHERE p.municipality = {:m} AND c.reply_to = '' AND c.author_municipality != {:m}
    AND (c.lesson = '' OR c.lesson NOT IN (SELECT id FROM lessons WHERE municipality = {:m}))`;

/** Per state, and open ones per pilot, the questions other municipalities asked about this municipality's lessons and pilots. */
function questionCounts(app, municipality) {
  const rows = rowsOf(
    app,
    `SELECT answered, pilot, COUNT(*) AS count FROM (${TO_MUNICIPALITY}) GROUP BY answered, pilot`,
    { m: municipality },
    { answered: false, pilot: "", count: 0 },
  );
  const counts = { open: 0, beantwoord: 0 };
  const openPerPilot = {};
  for (const row of rows) {
    if (row.answered) counts.beantwoord += row.count;
    else {
      counts.open += row.count;
      if (row.pilot) openPerPilot[row.pilot] = (openPerPilot[row.pilot] || 0) + row.count;
    }
  }
  return { counts, openPerPilot };
}

/** The newest open questions to this municipality, shaped as the records API lists them with expand "author_municipality,lesson,pilot". */
function newestOpenQuestions(e, municipality) {
  const rows = rowsOf(
    e.app,
    "SELECT c.id AS id, c.author_name AS author_name, c.body AS body, c.created AS created, c.lesson AS lesson, c.pilot AS pilot, " +
      "c.author_municipality AS author_municipality, COALESCE(am.name, '') AS author_municipality_name, " +
      "COALESCE(l.title, '') AS lesson_title, COALESCE(p.title, '') AS pilot_title " +
      `FROM (SELECT id, created FROM (${TO_MUNICIPALITY}) WHERE answered = FALSE ORDER BY created DESC, id DESC LIMIT ${NEWEST_QUESTIONS}) x ` +
      "JOIN comments c ON c.id = x.id LEFT JOIN municipalities am ON am.id = c.author_municipality " +
      "LEFT JOIN lessons l ON l.id = c.lesson LEFT JOIN pilots p ON p.id = c.pilot ORDER BY c.created DESC, c.id DESC",
    { m: municipality },
    {
      id: "",
      author_name: "",
      body: "",
      created: "",
      lesson: "",
      pilot: "",
      author_municipality: "",
      author_municipality_name: "",
      lesson_title: "",
      pilot_title: "",
    },
  );
  return require(`${__hooks}/lib/readable-rows.js`)
    .readableRows(e, "comments", rows)
    .map((row) => {
      const expand = {};
      if (row.author_municipality) expand.author_municipality = { name: row.author_municipality_name };
      if (row.lesson) expand.lesson = { title: row.lesson_title };
      if (row.pilot) expand.pilot = { title: row.pilot_title };
      return {
        id: row.id,
        author_name: row.author_name,
        body: row.body,
        created: row.created,
        lesson: row.lesson,
        pilot: row.pilot,
        author_municipality: row.author_municipality,
        expand,
      };
    });
}

/** "Mijn Proeftuin" for a signed-in user: lessons in these domains, and the questions to their municipality. */
function startAnswer(e, domains, scope) {
  const { counts, openPerPilot } = questionCounts(e.app, scope.own);
  return {
    lessons: domainLessons(e, domains, scope),
    questions: Object.assign({}, counts, { openPerPilot, newest: counts.open === 0 ? [] : newestOpenQuestions(e, scope.own) }),
  };
}

module.exports = { homeAnswer, startAnswer, readDomains, refuseListParameters, questionCounts };
