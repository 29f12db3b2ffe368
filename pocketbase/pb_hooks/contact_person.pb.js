/// <reference path="../pb_data/types.d.ts" />
// A contact person on each pilot and lesson (lib/contact-person.js). The name and role shown are
// copies kept on the record, since peers of other municipalities may not read users; guests get
// neither, nor the account's id: the fields are hidden and shown to signed-in readers only.

onRecordCreateRequest(
  (e) => {
    // Whoever creates it is the contact unless they chose someone (a lesson's creator is its author).
    if (e.record.getString("contact") === "" && e.auth && e.auth.collection().name === "users") {
      e.record.set("contact", e.auth.id);
    }
    e.next();
  },
  "pilots",
  "lessons",
);

onRecordValidate(
  (e) => {
    const { applyContact } = require(`${__hooks}/lib/contact-person.js`);
    applyContact(e.app, e.record);
    e.next();
  },
  "pilots",
  "lessons",
);

onRecordEnrich(
  (e) => {
    if (e.requestInfo?.auth) e.record.unhide("contact_name", "contact_role");
    else e.record.hide("contact", "contact_name", "contact_role");
    e.next();
  },
  "pilots",
  "lessons",
);

// A renamed account, or one with another role, is shown as it is now wherever it is the contact.
onRecordUpdateExecute((e) => {
  const before = e.record.original();
  if (before.getString("name") === e.record.getString("name") && before.getString("role") === e.record.getString("role")) {
    e.next();
    return;
  }
  const outer = e.app;
  outer.runInTransaction((txApp) => {
    e.app = txApp;
    try {
      e.next();
      // Plain SQL: the records' own "updated" stays, as nothing in them was edited.
      for (const name of ["pilots", "lessons"]) {
        txApp
          .db()
          .newQuery(`UPDATE ${name} SET contact_name = {:name}, contact_role = {:role} WHERE contact = {:id}`)
          .bind({ name: e.record.getString("name"), role: e.record.getString("role"), id: e.record.id })
          .execute();
      }
    } finally {
      e.app = outer;
    }
  });
}, "users");
