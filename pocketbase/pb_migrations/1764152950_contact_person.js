/// <reference path="../pb_data/types.d.ts" />
// A contact person on each pilot and lesson, whom a peer can ask. Readers of another municipality
// may not read users, so the record keeps the contact's name and role (pb_hooks/contact_person.pb.js
// keeps them current). Both are hidden fields: PocketBase leaves them out of every answer unless the
// hook shows them, which it does for signed-in readers only, so a guest never sees who it is.
// Existing records get a contact here, in plain SQL so that their "updated" stays as it was.
const ROLES = ["innovatiemanager", "directeur", "collega"];

migrate(
  (app) => {
    for (const name of ["pilots", "lessons"]) {
      const collection = app.findCollectionByNameOrId(name);
      collection.fields.add(new TextField({ name: "contact_name", required: false, max: 120, hidden: true }));
      collection.fields.add(new SelectField({ name: "contact_role", required: false, maxSelect: 1, values: ROLES, hidden: true }));
      app.save(collection);
    }
    // A pilot's contact: an active innovatiemanager of the owning municipality, else any active account, else any.
    app
      .db()
      .newQuery(
        `UPDATE pilots SET contact = IFNULL((SELECT u.id FROM users u WHERE u.municipality = pilots.municipality
           ORDER BY IFNULL(u.deactivated, 0), u.role != 'innovatiemanager', u.created, u.id LIMIT 1), '')
         WHERE IFNULL(contact, '') = ''`,
      )
      .execute();
    // A lesson's contact: its author, when that account still exists.
    app.db().newQuery("UPDATE lessons SET contact = author WHERE IFNULL(contact, '') = '' AND author IN (SELECT id FROM users)").execute();
    for (const name of ["pilots", "lessons"]) {
      app
        .db()
        .newQuery(
          `UPDATE ${name} SET contact_name = IFNULL((SELECT name FROM users WHERE id = ${name}.contact), ''),
             contact_role = IFNULL((SELECT role FROM users WHERE id = ${name}.contact), '')`,
        )
        .execute();
    }
  },
  (app) => {
    for (const name of ["pilots", "lessons"]) {
      const collection = app.findCollectionByNameOrId(name);
      collection.fields.removeByName("contact_name");
      collection.fields.removeByName("contact_role");
      app.save(collection);
    }
  },
);
