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

/** The municipality a record belongs to: its own field, or its pilot's. */
function municipalityOf(app, record) {
  if (record.collection().name === "pilots") return record.getString("municipality");
  try {
    return app.findRecordById("pilots", record.getString("pilot")).getString("municipality");
  } catch (_) {
    return "";
  }
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
