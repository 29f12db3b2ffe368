/// <reference path="../pb_data/types.d.ts" />
// Every create, update and delete of a pilot, its rows or its evaluations through the API leaves an
// audit_log entry: who, what, which fields. The request hooks are used (not the model hooks)
// because only they know who made the change; batch sub-requests pass through them too. Who it
// was is shown as the account is named now (enrich in lib/audit.js), not as it was named then.

// Read when the hooks are registered; the handlers themselves run elsewhere and do not see it.
const AUDITED = ["pilots", "hypotheses", "budget_lines", "risks", "evaluations", "measurements", "testimonials", "lessons"];

onRecordCreateRequest(
  (e) => {
    e.next();
    const audit = require(`${__hooks}/lib/audit.js`);
    audit.write(e.app, e.auth, "create", e.record, audit.municipalityOf(e.app, e.record), []);
  },
  ...AUDITED,
);

onRecordUpdateRequest(
  (e) => {
    const audit = require(`${__hooks}/lib/audit.js`);
    const changed = audit.changedFields(e.record);
    e.next();
    audit.write(e.app, e.auth, "update", e.record, audit.municipalityOf(e.app, e.record), changed);
  },
  ...AUDITED,
);

onRecordDeleteRequest(
  (e) => {
    const audit = require(`${__hooks}/lib/audit.js`);
    // Read before the delete: afterwards a child's pilot may be gone with it.
    const municipality = audit.municipalityOf(e.app, e.record);
    e.next();
    audit.write(e.app, e.auth, "delete", e.record, municipality, []);
  },
  ...AUDITED,
);

onRecordEnrich((e) => {
  require(`${__hooks}/lib/audit.js`).enrich(e.app, e.record, e.requestInfo);
  e.next();
}, "audit_log");
