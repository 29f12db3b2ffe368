/// <reference path="../pb_data/types.d.ts" />
// A hypothesis's target must be reachable only by improving on the baseline, for every write: the
// pilot form, an adoption, a script or a direct API call (rule and messages in lib/hypothesis-target.js).

onRecordValidate((e) => {
  // The fields' own constraints first: a baseline out of range is reported at the baseline.
  e.next();
  const { needsCheck, targetProblem } = require(`${__hooks}/lib/hypothesis-target.js`);
  if (!needsCheck(e.record)) return;
  const problem = targetProblem({
    direction: e.record.getString("direction"),
    baseline: e.record.getFloat("baseline"),
    target: e.record.getFloat("target"),
  });
  if (problem) {
    throw new BadRequestError("De hypothese is niet opgeslagen: controleer de streefwaarde.", {
      target: new ValidationError("validation_invariant", problem),
    });
  }
}, "hypotheses");
