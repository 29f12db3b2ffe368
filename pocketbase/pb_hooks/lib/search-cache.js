// Answers of the lesson search, kept in PocketBase's app store so that a repeated search (the
// library's first page above all) does not count tens of thousands of hits again. Every answer
// is stored under the data version it was computed from; a change to lessons, pilots or
// municipalities moves the version on (after its transaction commits) and drops the old answers.
// A search that ran while such a change committed stores its answer under the old version, where
// nobody looks any more. The key holds everything the answer depends on: the query, the filters,
// the page and who asks (signed in or not, and their municipality: the lessons' read rule).

const PREFIX = "proeftuin.lessonSearch:";
const VERSION_KEY = "proeftuin.lessonSearch.version";
/** Answers are some 15 KB; this bounds the cache to a few tens of MB. */
const MAX_ENTRIES = 1000;

function entryKey(store, parts) {
  return `${PREFIX}${store.get(VERSION_KEY) || 0}:${JSON.stringify(parts)}`;
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

function invalidate(store) {
  store.setFunc(VERSION_KEY, (old) => (old || 0) + 1);
  clear(store);
}

module.exports = { entryKey, read, write, invalidate };
