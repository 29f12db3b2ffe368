// Answers of Proeftuin's own read routes, kept in PocketBase's app store so that a repeated
// question (the first page of a library above all) is not computed again. Every answer is stored
// under its route's data version; a change to a collection the route reads moves that version on
// (after the change's transaction commits) and drops the route's stored answers. A question that
// ran while such a change committed stores its answer under the old version, where nobody looks
// any more. The key holds everything an answer depends on: the route, its parameters and who asks
// (signed in or not, and their municipality, which is all the read rules of these collections
// look at).

/** Per route, the collections its answers are read from. */
const READS = {
  lessons: ["lessons", "pilots", "municipalities"],
  pilots: ["pilots", "municipalities"],
  municipalities: ["municipalities"],
  portfolio: ["pilots", "hypotheses", "budget_lines", "risks", "evaluations", "lessons", "pilot_effects"],
  // shared_figures is written by hooks inside the writes of these (pb_hooks/shared_figures.pb.js).
  sharedFigures: ["pilots", "hypotheses", "budget_lines", "municipalities"],
  whatWorks: ["pilots", "hypotheses", "measurements", "evaluations", "municipalities", "interventions", "indicators"],
  interventionEffects: ["pilots", "pilot_effects", "municipalities"],
  indicatorAchieved: ["pilots", "hypotheses", "measurements", "evaluations", "indicators"],
  // A lesson question's counts and order, kept for its next pages (lib/lesson-questions.js).
  lessonQuestions: ["lessons", "pilots", "municipalities"],
  home: ["lessons", "municipalities"],
  // users: a renamed account is copied into comments.author_name by SQL.
  startPage: ["lessons", "municipalities", "comments", "pilots", "users"],
  // The views measurement_public and pilot_adoptions change with measurements, evaluations and
  // pilots; users because a renamed account is copied into comments, decisions and contacts by SQL.
  pilotPage: [
    "pilots",
    "municipalities",
    "interventions",
    "hypotheses",
    "indicators",
    "budget_lines",
    "risks",
    "pilot_effects",
    "evaluations",
    "lessons",
    "comments",
    "measurements",
    "testimonials",
    "decisions",
    "users",
  ],
};
const PREFIX = "proeftuin.answers:";
const VERSION_PREFIX = "proeftuin.answerVersion:";
const COUNT_PREFIX = "proeftuin.answerCount:";
/**
 * How many answers a route keeps before it drops its own (not the others'): pilot pages are many
 * and small (pilots × caller scopes), a portfolio is some 900 KB for 500 pilots. Together this
 * bounds the cache to some hundred MB at worst.
 */
const MAX_ENTRIES = { pilotPage: 1000, lessons: 500, lessonQuestions: 500, portfolio: 60 };
const DEFAULT_MAX_ENTRIES = 200;

function entryKey(store, route, parts) {
  if (!READS[route]) throw new Error(`answer-cache: unknown route ${route}`);
  return `${PREFIX}${route}:${store.get(VERSION_PREFIX + route) || 0}:${JSON.stringify(parts)}`;
}

function clear(store, route) {
  const prefix = `${PREFIX}${route}:`;
  for (const key of store.keys()) if (String(key).startsWith(prefix)) store.remove(key);
  store.remove(COUNT_PREFIX + route);
}

/** The stored answer (a JSON text) or null. */
function read(store, key) {
  const [value, found] = store.getOk(key);
  return found ? String(value) : null;
}

function write(store, route, key, value) {
  // A count per route: counting the route's keys looked through every key of every route, per write.
  if (!store.has(key)) {
    const counter = COUNT_PREFIX + route;
    store.setFunc(counter, (old) => (old || 0) + 1);
    if (store.get(counter) > (MAX_ENTRIES[route] || DEFAULT_MAX_ENTRIES)) {
      clear(store, route);
      store.set(counter, 1);
    }
  }
  store.set(key, value);
}

/**
 * One kept text of a route for `parts` (everything it depends on), under the route's current data
 * version: for a route that keeps something other than its whole answer (lib/lesson-questions.js).
 * The version is read before the text is computed, so a text computed while a change committed is
 * kept where nobody looks any more.
 */
function kept(e, route, parts) {
  const store = e.app.store();
  const key = entryKey(store, route, parts);
  return { read: () => read(store, key), write: (text) => write(store, route, key, text) };
}

/**
 * Answers from the cache, or computes (a function returning the answer as a JSON text), stores
 * and sends it.
 */
function respond(e, route, parts, compute) {
  const store = e.app.store();
  const key = entryKey(store, route, parts);
  let answer = read(store, key);
  if (answer === null) {
    answer = compute();
    write(store, route, key, answer);
  }
  return e.blob(200, "application/json", answer);
}

/**
 * As respond, with an ETag: the answer's own SHA-256, stored in one entry with the answer, so that
 * the two always belong together. A client that holds this very text and names it in If-None-Match
 * gets a 304 without the text (the portfolio's is some 900 KB for 500 pilots). The entry is an
 * object so that a 304 reads only its tag: reading the text into this engine took a few ms per
 * request for /wat-werkt's 2.4 MB (docs/benchmark.md). Made from the text, not from the data
 * version, so it cannot match another text, also after a restart has set the versions back to 0.
 * A route uses either this or respond, not both.
 */
function respondTagged(e, route, parts, compute) {
  const store = e.app.store();
  const key = entryKey(store, route, parts);
  let [entry, found] = store.getOk(key);
  if (!found) {
    const answer = compute();
    entry = { tag: `"${$security.sha256(answer)}"`, answer };
    write(store, route, key, entry);
  }
  const tag = String(entry.tag);
  e.response.header().set("ETag", tag);
  if (e.request.header.get("If-None-Match") === tag) return e.noContent(304);
  return e.blob(200, "application/json", String(entry.answer));
}

/** After a committed change to this collection: the answers read from it are gone. */
function invalidate(store, collection) {
  for (const route of Object.keys(READS)) {
    if (!READS[route].includes(collection)) continue;
    store.setFunc(VERSION_PREFIX + route, (old) => (old || 0) + 1);
    clear(store, route);
  }
}

/** Every collection some route reads, for the hooks that invalidate. */
const COLLECTIONS = [...new Set(Object.values(READS).flat())];

/** Who asks, as the read rules see it: signed in (as a user) or not, and the user's municipality. */
function callerScope(e) {
  const auth = e.auth && e.auth.collection().name === "users" ? e.auth : null;
  return { signedIn: auth ? 1 : 0, own: auth ? auth.getString("municipality") : "" };
}

module.exports = { respond, respondTagged, kept, invalidate, callerScope, COLLECTIONS };
