// Shared by audit.pb.js. Hook handlers run in isolated contexts, so this is require()d inside them.

// Fields whose change is noise rather than an edit.
const IGNORED = ["updated", "created"];

/** Names of the fields whose stored value differs from the value about to be saved. */
function changedFields(record) {
  const original = record.original();
  const changed = [];
  for (const field of record.collection().fields) {
    const name = field.getName();
    if (IGNORED.includes(name) || field.getHidden()) continue;
    if (JSON.stringify(record.get(name)) !== JSON.stringify(original.get(name))) changed.push(name);
  }
  return changed;
}

/** The municipality a record belongs to: its own field, or that of the pilot it hangs under. */
function municipalityOf(app, record) {
  try {
    let current = record;
    for (let depth = 0; depth < 3; depth++) {
      const name = current.collection().name;
      if (name === "pilots" || name === "lessons") return current.getString("municipality");
      current =
        name === "measurements" || name === "testimonials"
          ? app.findRecordById("evaluations", current.getString("evaluation"))
          : app.findRecordById("pilots", current.getString("pilot"));
    }
  } catch (_) {
    // the parent is gone already
  }
  return "";
}

/** user (an account of users), superuser (platformbeheer) or system (no one signed in: a hook or script). */
function actorKind(auth) {
  if (!auth) return "system";
  if (auth.isSuperuser()) return "superuser";
  return auth.collection().name === "users" ? "user" : "system";
}

const NAME_OF_KIND = { superuser: "platformbeheer", system: "systeem" };

function write(app, auth, action, record, municipality, changed) {
  const log = new Record(app.findCollectionByNameOrId("audit_log"));
  const kind = actorKind(auth);
  log.set("municipality", municipality);
  log.set("actor_kind", kind);
  log.set("actor", kind === "user" ? auth.id : "");
  // The name of the moment, shown only once the account is gone (see enrich); the e-mail address
  // changes only through PocketBase's verified e-mail change, so it tells who it was.
  log.set("actor_name", kind === "user" ? auth.getString("name") : NAME_OF_KIND[kind]);
  log.set("actor_email", kind === "system" ? "" : auth.email());
  log.set("action", action);
  log.set("collection", record.collection().name);
  log.set("record", record.id);
  log.set("changed_fields", changed);
  app.save(log);
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

module.exports = { changedFields, municipalityOf, write, enrich };
