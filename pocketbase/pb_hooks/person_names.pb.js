/// <reference path="../pb_data/types.d.ts" />
// Others see an account by its name (on questions and in the audit trail), so a name may not pose
// as the platform nor be taken for another account's. Checked on every save, whoever makes it:
// platformbeheer creating an account, the dashboard, or a user renaming themselves. A name that is
// not changed is not checked again, so accounts named before this rule keep working.

onRecordValidate((e) => {
  const name = e.record.getString("name");
  const renamed = e.record.isNew() || e.record.original().getString("name") !== name;
  if (renamed) {
    const { nameProblem } = require(`${__hooks}/lib/person-name.js`);
    // All names are compared in JavaScript: the look-alike rule has no SQL form, and a few thousand
    // names take milliseconds. Two simultaneous saves of one new name can still both pass.
    const others = arrayOf(new DynamicModel({ name: "" }));
    e.app.db().newQuery("SELECT name FROM users WHERE id != {:id}").bind({ id: e.record.id }).all(others);
    const problem = nameProblem(
      name,
      others.map((row) => row.name),
    );
    if (problem) {
      throw new BadRequestError("Het account is niet opgeslagen: kies een andere naam.", {
        name: new ValidationError("validation_name_not_allowed", problem),
      });
    }
  }
  e.next();
}, "users");
