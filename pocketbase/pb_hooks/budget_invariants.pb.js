/// <reference path="../pb_data/types.d.ts" />
// A negative amount on a budget line is refused with its own message, for every write, before the
// field's general minimum would answer (lib/budget-amounts.js).

onRecordValidate((e) => {
  const { amountProblems } = require(`${__hooks}/lib/budget-amounts.js`);
  const problems = amountProblems({
    planned_cents: e.record.getFloat("planned_cents"),
    spent_cents: e.record.getFloat("spent_cents"),
  });
  const fields = Object.keys(problems);
  if (fields.length > 0) {
    const data = {};
    for (const field of fields) data[field] = new ValidationError("validation_invariant", problems[field]);
    throw new BadRequestError("De begrotingsregel is niet opgeslagen: een bedrag is negatief.", data);
  }
  e.next();
}, "budget_lines");
