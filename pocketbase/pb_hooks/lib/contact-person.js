// The contact person of a pilot or lesson: an account of the owning municipality that is not
// deactivated. Used by pb_hooks/contact_person.pb.js inside the save, so no path (the site, the
// REST API, a batch, the seed) stores another municipality's account as contact.

const MESSAGES = {
  otherMunicipality: "Kies als contactpersoon een account van de eigen gemeente.",
  deactivated: "Dit account is gedeactiveerd. Kies een andere contactpersoon.",
};

// Without a signed-in creator (platformbeheer, the seed) a pilot gets its municipality's
// innovatiemanager, else another active account, so that a peer always has someone to ask.
function fallbackContact(app, record) {
  if (record.collection().name === "lessons") return record.getString("author");
  const rows = arrayOf(new DynamicModel({ id: "" }));
  app
    .db()
    .newQuery(
      "SELECT id FROM users WHERE municipality = {:m} AND NOT IFNULL(deactivated, 0) ORDER BY role != 'innovatiemanager', created, id LIMIT 1",
    )
    .bind({ m: record.getString("municipality") })
    .all(rows);
  return rows.length > 0 ? rows[0].id : "";
}

function findAccount(app, id) {
  if (id === "") return null;
  try {
    return app.findRecordById("users", id);
  } catch (_) {
    return null;
  }
}

/** Checks the contact when it is set or changed, and copies its name and role onto the record. */
function applyContact(app, record) {
  if (record.isNew() && record.getString("contact") === "") record.set("contact", fallbackContact(app, record));
  const id = record.getString("contact");
  const account = findAccount(app, id);
  // Only a new choice is checked: a contact deactivated later must not block other edits of the record.
  const changed = record.isNew() || record.original().getString("contact") !== id;
  if (changed && id !== "") {
    let problem = "";
    if (!account || account.getString("municipality") !== record.getString("municipality")) problem = MESSAGES.otherMunicipality;
    else if (account.getBool("deactivated")) problem = MESSAGES.deactivated;
    if (problem) {
      const what = record.collection().name === "lessons" ? "De les" : "De pilot";
      throw new BadRequestError(`${what} is niet opgeslagen: kies een andere contactpersoon.`, {
        contact: new ValidationError("validation_invariant", problem),
      });
    }
  }
  // Set on every save from the account, so a value sent by a client never counts.
  record.set("contact_name", account ? account.getString("name") : "");
  record.set("contact_role", account ? account.getString("role") : "");
}

module.exports = { applyContact, MESSAGES };
