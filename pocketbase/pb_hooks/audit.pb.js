/// <reference path="../pb_data/types.d.ts" />
// Every create, update and delete of a pilot, its rows, its evaluations, its decisions and lessons
// through the API leaves an audit_log line a council can read: who, what (named by its title at the
// time), old → new for the fields that matter. The writes of one batch go on one line per pilot
// (lib/audit.js) and an update that changes nothing leaves none. The request hooks are used (not the model hooks)
// because only they know who made the change; batch sub-requests pass through them too. Who it was
// is shown as the account is named now (enrich in lib/audit.js), not as it was named then.

// Read when the hooks are registered; the handlers themselves run elsewhere and do not see it.
// A hook for a collection that does not exist (yet) is simply never called.
const AUDITED = require(`${__hooks}/lib/audit-entry.js`).AUDITED;

// Each batch request gets a key of its own, which its sub-requests inherit (PocketBase copies the
// batch event's values into each): made here, never read from what the client sends, so a client
// can neither join another save's line nor split its own.
onBatchRequest((e) => {
  e.set("auditBatch", $security.randomString(20));
  e.next();
});

onRecordCreateRequest(
  (e) => {
    const audit = require(`${__hooks}/lib/audit.js`);
    const { beforeWrite, entryOf } = require(`${__hooks}/lib/audit-entry.js`);
    audit.inOneTransaction(e, () => {
      const before = beforeWrite(e.app, "create", e.record);
      e.next();
      audit.write(e.app, e.auth, e.get("auditBatch"), entryOf(e.app, "create", e.record, before));
    });
  },
  ...AUDITED,
);

onRecordUpdateRequest(
  (e) => {
    const audit = require(`${__hooks}/lib/audit.js`);
    const { beforeWrite, entryOf } = require(`${__hooks}/lib/audit-entry.js`);
    audit.inOneTransaction(e, () => {
      const before = beforeWrite(e.app, "update", e.record);
      e.next();
      // The site saves every row of a pilot's form; a row that did not change is no part of the story.
      if (before.changed.length > 0) audit.write(e.app, e.auth, e.get("auditBatch"), entryOf(e.app, "update", e.record, before));
    });
  },
  ...AUDITED,
);

onRecordDeleteRequest(
  (e) => {
    const audit = require(`${__hooks}/lib/audit.js`);
    const { beforeWrite, entryOf } = require(`${__hooks}/lib/audit-entry.js`);
    audit.inOneTransaction(e, () => {
      // Taken before the delete: afterwards a child's pilot may be gone with it.
      const written = entryOf(e.app, "delete", e.record, beforeWrite(e.app, "delete", e.record));
      e.next();
      audit.write(e.app, e.auth, e.get("auditBatch"), written);
    });
  },
  ...AUDITED,
);

onRecordEnrich((e) => {
  require(`${__hooks}/lib/audit.js`).enrich(e.app, e.record, e.requestInfo);
  e.next();
}, "audit_log");
