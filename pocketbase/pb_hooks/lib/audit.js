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
      current = name === "measurements" || name === "testimonials"
        ? app.findRecordById("evaluations", current.getString("evaluation"))
        : app.findRecordById("pilots", current.getString("pilot"));
    }
  } catch (_) {
    // the parent is gone already
  }
  return "";
}

function write(app, auth, action, record, municipality, changed) {
  const log = new Record(app.findCollectionByNameOrId("audit_log"));
  const isUser = auth && auth.collection().name === "users";
  log.set("municipality", municipality);
  log.set("actor", isUser ? auth.id : "");
  log.set("actor_name", isUser ? auth.getString("name") : auth ? "platformbeheer" : "systeem");
  log.set("action", action);
  log.set("collection", record.collection().name);
  log.set("record", record.id);
  log.set("changed_fields", changed);
  app.save(log);
}

module.exports = { changedFields, municipalityOf, write };
