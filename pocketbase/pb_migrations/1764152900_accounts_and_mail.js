/// <reference path="../pb_data/types.d.ts" />
// Issue 12's fields, in one place: accounts a directeur can deactivate, sign-in by e-mail code and
// multi-factor sign-in, notification preferences per kind, domains a user follows, a contact person
// on pilots and lessons, and a mail outbox that a cron job empties (pb_hooks/mail_outbox.pb.js), so
// that sending never holds up the request that caused it. Rules on users come in a later migration.
const CHANNELS = ["site", "email", "both", "none"];
const NOTIFICATION_KINDS = ["vraag", "antwoord", "besluit_nodig", "evaluatie_te_laat", "nieuwe_les"];
const DOMAINS = ["wmo", "jeugd", "participatie", "schuldhulp", "armoede", "wonen", "gezondheid", "onderwijs", "veiligheid", "overig"];

migrate(
  (app) => {
    // First: the users' MFA rule below reads municipality.require_mfa.
    const municipalities = app.findCollectionByNameOrId("municipalities");
    municipalities.fields.add(new BoolField({ name: "require_mfa" }));
    app.save(municipalities);

    const users = app.findCollectionByNameOrId("users");
    // "deactivated", not "active": a bool field has no default, and every account made by any path
    // (the dashboard, the demo seed, an invitation) must be able to sign in unless someone stops it.
    users.fields.add(new BoolField({ name: "deactivated" }));
    users.fields.add(new BoolField({ name: "mfa_on" }));
    // Empty means the kind's default (src/domain/notification-preferences.ts).
    for (const kind of NOTIFICATION_KINDS) {
      users.fields.add(new SelectField({ name: `notify_${kind}`, required: false, maxSelect: 1, values: CHANNELS }));
    }
    users.fields.add(new SelectField({ name: "follows", required: false, maxSelect: DOMAINS.length, values: DOMAINS }));
    users.otp.enabled = true;
    users.otp.duration = 600;
    users.otp.length = 8;
    users.mfa.enabled = true;
    users.mfa.duration = 600;
    // Only the accounts that chose it, or whose municipality requires it; the demo accounts neither.
    users.mfa.rule = "mfa_on = true || municipality.require_mfa = true";
    app.save(users);

    for (const name of ["pilots", "lessons"]) {
      const collection = app.findCollectionByNameOrId(name);
      collection.fields.add(
        new RelationField({ name: "contact", required: false, maxSelect: 1, collectionId: users.id, cascadeDelete: false }),
      );
      app.save(collection);
    }

    // Superusers only: mails hold addresses and text meant for one person.
    app.save(
      new Collection({
        type: "base",
        name: "mail_outbox",
        listRule: null,
        viewRule: null,
        createRule: null,
        updateRule: null,
        deleteRule: null,
        fields: [
          { name: "to", type: "email", required: true },
          { name: "subject", type: "text", required: true, max: 300 },
          { name: "text", type: "text", required: true, max: 100000 },
          { name: "html", type: "text", required: false, max: 200000 },
          { name: "kind", type: "text", required: false, max: 50 },
          { name: "attempts", type: "number", required: false, min: 0, onlyInt: true },
          { name: "last_error", type: "text", required: false, max: 2000 },
          { name: "next_attempt_at", type: "date", required: false },
          { name: "sent_at", type: "date", required: false },
          { name: "failed", type: "bool" },
          { name: "created", type: "autodate", onCreate: true, onUpdate: false },
          { name: "updated", type: "autodate", onCreate: true, onUpdate: true },
        ],
        indexes: ["CREATE INDEX idx_mail_outbox_pending ON mail_outbox (sent_at, failed, next_attempt_at)"],
      }),
    );
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId("mail_outbox"));
    for (const name of ["pilots", "lessons"]) {
      const collection = app.findCollectionByNameOrId(name);
      collection.fields.removeByName("contact");
      app.save(collection);
    }
    const users = app.findCollectionByNameOrId("users");
    for (const name of ["deactivated", "mfa_on", "follows", ...NOTIFICATION_KINDS.map((kind) => `notify_${kind}`)]) {
      users.fields.removeByName(name);
    }
    users.otp.enabled = false;
    users.mfa.enabled = false;
    users.mfa.rule = "";
    app.save(users);
    // Last: the users' MFA rule read it until just now.
    const municipalities = app.findCollectionByNameOrId("municipalities");
    municipalities.fields.removeByName("require_mfa");
    app.save(municipalities);
  },
);
