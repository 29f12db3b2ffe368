/// <reference path="../pb_data/types.d.ts" />
// What the notification jobs have already told (pb_hooks/lib/notify.js claimOccasion): a pilot
// that needs a decision since a given end evaluation, a pilot overdue since a given date, a user's
// digest of a given week. One row per occasion, whatever each recipient chose (a user who wants no
// mail and no site notice leaves no trace elsewhere), so a job that runs again tells nobody twice.
// Superusers only: the rows name pilots and users.
migrate(
  (app) => {
    app.save(
      new Collection({
        type: "base",
        name: "notifications_sent",
        listRule: null,
        viewRule: null,
        createRule: null,
        updateRule: null,
        deleteRule: null,
        fields: [
          { name: "kind", type: "text", required: true, max: 50 },
          { name: "key", type: "text", required: true, max: 50 },
          { name: "occasion", type: "text", required: true, max: 100 },
          { name: "created", type: "autodate", onCreate: true, onUpdate: false },
        ],
        indexes: ["CREATE UNIQUE INDEX idx_notifications_sent_occasion ON notifications_sent (kind, key, occasion)"],
      }),
    );
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId("notifications_sent"));
  },
);
