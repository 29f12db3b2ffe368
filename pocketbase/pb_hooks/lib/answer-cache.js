// Answers of Proeftuin's own read routes (lesson search, pilot count, municipality names), kept in
// PocketBase's app store so that a repeated question (the first page of a library above all) is
// not computed again. Every answer is stored under the data version it was computed from; a change
// to lessons, pilots or municipalities moves the version on (after its transaction commits) and
// drops the stored answers. A question that ran while such a change committed stores its answer
// under the old version, where nobody looks any more. The key holds everything an answer depends
// on: the route, its parameters and who asks (signed in or not, and their municipality, which is
// all the read rules of these collections look at).

const PREFIX = "proeftuin.answers:";
const VERSION_KEY = "proeftuin.answers.version";
/** Answers are at most some 15 KB; this bounds the cache to a few tens of MB. */
const MAX_ENTRIES = 1000;

function entryKey(store, route, parts) {
  return `${PREFIX}${store.get(VERSION_KEY) || 0}:${route}:${JSON.stringify(parts)}`;
}

function clear(store) {
  for (const key of store.keys()) if (String(key).startsWith(PREFIX)) store.remove(key);
}

/** The stored answer (a JSON text) or null. */
function read(store, key) {
  const [value, found] = store.getOk(key);
  return found ? String(value) : null;
}

function write(store, key, json) {
  let entries = 0;
  for (const name of store.keys()) if (String(name).startsWith(PREFIX)) entries++;
  if (entries >= MAX_ENTRIES) clear(store);
  store.set(key, json);
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
    write(store, key, answer);
  }
  return e.blob(200, "application/json", answer);
}

function invalidate(store) {
  store.setFunc(VERSION_KEY, (old) => (old || 0) + 1);
  clear(store);
}

/** Who asks, as the read rules see it: signed in (as a user) or not, and the user's municipality. */
function callerScope(e) {
  const auth = e.auth && e.auth.collection().name === "users" ? e.auth : null;
  return { signedIn: auth ? 1 : 0, own: auth ? auth.getString("municipality") : "" };
}

module.exports = { respond, invalidate, callerScope };
