/// <reference path="../pb_data/types.d.ts" />
// A pilot holds a bounded number of rows, however they are sent: the form's limits
// (src/domain/limits.ts, copied in lib/row-limits.js) hold for direct API calls too, so one pilot
// cannot fill the database.

onRecordCreateRequest(
  (e) => {
    const max = require(`${__hooks}/lib/row-limits.js`).ROW_LIMITS[e.collection.name];
    const pilot = e.record.getString("pilot");
    if (pilot && e.app.countRecords(e.collection.name, $dbx.hashExp({ pilot })) >= max) {
      throw new BadRequestError(`Een pilot heeft hoogstens ${max} regels van deze soort.`, {
        pilot: new ValidationError("validation_row_limit", `Hoogstens ${max} per pilot.`),
      });
    }
    e.next();
  },
  "hypotheses",
  "budget_lines",
  "risks",
  "pilot_effects",
);
