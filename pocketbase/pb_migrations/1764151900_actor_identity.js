/// <reference path="../pb_data/types.d.ts" />
// Who did something must not be a name the actor chose for the moment. audit_log gets the kind of
// actor and the account's e-mail address (hidden: pb_hooks/lib/audit.js shows it to reviewers);
// existing entries get them from the accounts as they are now. Comments get their author's current
// name, which pb_hooks/comment_authors.pb.js keeps from here on.
migrate(
  (app) => {
    const log = app.findCollectionByNameOrId("audit_log");
    log.fields.add(new SelectField({ name: "actor_kind", required: false, maxSelect: 1, values: ["user", "superuser", "system"] }));
    log.fields.add(new TextField({ name: "actor_email", required: false, max: 255, hidden: true }));
    app.save(log);

    app
      .db()
      .newQuery(
        "UPDATE audit_log SET " +
          "actor_kind = CASE WHEN actor != '' THEN 'user' WHEN actor_name = 'platformbeheer' THEN 'superuser' ELSE 'system' END, " +
          "actor_email = COALESCE((SELECT email FROM users WHERE users.id = audit_log.actor), '')",
      )
      .execute();
    app
      .db()
      .newQuery(
        "UPDATE comments SET author_name = (SELECT name FROM users WHERE users.id = comments.author) WHERE author IN (SELECT id FROM users)",
      )
      .execute();
  },
  (app) => {
    const log = app.findCollectionByNameOrId("audit_log");
    log.fields.removeByName("actor_kind");
    log.fields.removeByName("actor_email");
    app.save(log);
  },
);
