// Shared by audit.pb.js. Hook handlers run in isolated contexts, so this is require()d inside them.
//
// One save is one line: the writes of one batch request (the site saves a pilot with its rows in
// one) that belong to the same pilot go on one line. Which batch a write belongs to is a key
// audit.pb.js makes for each batch request, never read from the request, so nothing a client sends
// decides which line a write joins (docs/decisions/013-audit-lines.md).

/** user (an account of users), superuser (platformbeheer) or system (no one signed in: a hook or script). */
function actorKind(auth) {
  if (!auth) return "system";
  if (auth.isSuperuser()) return "superuser";
  return auth.collection().name === "users" ? "user" : "system";
}

const NAME_OF_KIND = { superuser: "platformbeheer", system: "systeem" };

/**
 * Runs fn (which calls e.next() and writes the line) in one transaction, so a write never stands
 * without its line; a batch is one transaction already. PocketBase sends the response after the commit.
 */
function inOneTransaction(e, fn) {
  if (e.app.isTransactional()) return fn();
  const outer = e.app;
  outer.runInTransaction((txApp) => {
    e.app = txApp;
    try {
      fn();
    } finally {
      e.app = outer;
    }
  });
}

/** The line this batch already wrote for the pilot, by the same actor; null if there is none. */
function lineOfThisBatch(app, batch, pilot, kind, actorId) {
  let line;
  try {
    line = app.findFirstRecordByFilter("audit_log", "pilot = {:pilot} && batch = {:batch}", { pilot, batch });
  } catch (_) {
    return null; // no line for this pilot yet
  }
  if (line.getString("actor_kind") !== kind || line.getString("actor") !== actorId) return null;
  return line;
}

const parse = (text) => {
  try {
    return JSON.parse(text || "null");
  } catch (_) {
    return null;
  }
};

/** The entries a line holds so far: its parts, or the line itself when it is about one record. */
function entriesOf(line) {
  const parts = parse(line.getString("parts"));
  if (Array.isArray(parts) && parts.length > 0) return parts;
  return [
    {
      collection: line.getString("collection"),
      record: line.getString("record"),
      action: line.getString("action"),
      subject: parse(line.getString("subject")) || {},
      changed_fields: parse(line.getString("changed_fields")) || [],
      changes: parse(line.getString("changes")) || [],
    },
  ];
}

/**
 * What a line of several entries is about: the pilot when it is among them, a decision, an
 * evaluation with its own measurements and quotes; otherwise the pilot they all belong to, which
 * itself did not change.
 */
function mainOf(entries, pilot, pilotTitle) {
  if (entries.length === 1) return entries[0];
  const find = (collection) => entries.filter((entry) => entry.collection === collection);
  const [own] = find("pilots");
  if (own) return own;
  const [decision] = find("decisions");
  if (decision) return decision;
  const evaluations = find("evaluations");
  const [evaluation] = evaluations;
  const partOfIt = (entry) =>
    entry === evaluation ||
    ((entry.collection === "measurements" || entry.collection === "testimonials") && entry.subject.evaluation === evaluation.record);
  if (evaluations.length === 1 && entries.every(partOfIt)) return evaluation;
  return { collection: "pilots", record: pilot, action: "update", subject: { title: pilotTitle }, changed_fields: [], changes: [] };
}

function setEntries(line, entries, pilot, pilotTitle) {
  const main = mainOf(entries, pilot, pilotTitle);
  line.set("collection", main.collection);
  line.set("record", main.record);
  line.set("action", main.action);
  line.set("subject", main.subject);
  line.set("changed_fields", main.changed_fields);
  line.set("changes", main.changes);
  line.set("parts", entries.length > 1 ? entries : []);
  const collections = [main.collection];
  for (const entry of entries) if (!collections.includes(entry.collection)) collections.push(entry.collection);
  line.set("collections", collections);
}

/** Writes the entry (lib/audit-entry.js entryOf) on its line: a new one, or this batch's line for the pilot. */
function write(app, auth, batch, written) {
  const kind = actorKind(auth);
  const actorId = kind === "user" ? auth.id : "";
  const existing = batch && written.pilot ? lineOfThisBatch(app, batch, written.pilot, kind, actorId) : null;
  const line = existing || new Record(app.findCollectionByNameOrId("audit_log"));
  if (!existing) {
    line.set("municipality", written.municipality);
    line.set("actor_kind", kind);
    line.set("actor", actorId);
    // The name of the moment, shown only once the account is gone (see enrich); the e-mail address
    // changes only through PocketBase's verified e-mail change, so it tells who it was.
    line.set("actor_name", kind === "user" ? auth.getString("name") : NAME_OF_KIND[kind]);
    line.set("actor_email", kind === "system" ? "" : auth.email());
    line.set("pilot", written.pilot);
    line.set("batch", batch || "");
  }
  // The pilot as it is named at the end of the save.
  if (written.pilotTitle) line.set("pilot_title", written.pilotTitle);
  const entries = existing ? entriesOf(existing) : [];
  // PocketBase finishes a batch's writes last to first, so this keeps the order they were sent in.
  entries.unshift(written.entry);
  setEntries(line, entries, written.pilot, line.getString("pilot_title"));
  app.save(line);
}

/**
 * What a reader of an entry gets: an account's entries name it as it is called now, so renaming
 * before a change and back after it cannot put another name on the line. A user's e-mail address
 * is for the municipality's directeur, who reviews, and for the actor: colleagues do not see each
 * other's addresses elsewhere either. A superuser's address is its login name and stays with
 * platformbeheer. The field is hidden, so only superusers can filter on it.
 */
function enrich(app, entry, requestInfo) {
  const actor = entry.getString("actor");
  if (actor !== "") {
    try {
      entry.set("actor_name", app.findRecordById("users", actor).getString("name"));
    } catch (_) {
      // the account is gone: the name it had at the time is all there is
    }
  }
  const reader = requestInfo ? requestInfo.auth : null;
  const reviews = reader && !reader.isSuperuser() && (reader.getString("role") === "directeur" || reader.id === actor);
  if (reviews && entry.getString("actor_kind") === "user") entry.unhide("actor_email");
}

module.exports = { inOneTransaction, write, enrich };
