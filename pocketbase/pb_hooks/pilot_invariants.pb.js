/// <reference path="../pb_data/types.d.ts" />
// Invariants of a pilot that hold for every write, from the app, a script or a direct API call.

onRecordValidate((e) => {
  const { pilotProblems } = require(`${__hooks}/lib/pilot-invariants.js`);
  const { stageGateProblems } = require(`${__hooks}/lib/stage-gate.js`);
  const problems = Object.assign(pilotProblems(e.record), stageGateProblems(e.app, e.record));
  const fields = Object.keys(problems);
  if (fields.length > 0) {
    const data = {};
    for (const field of fields) data[field] = new ValidationError("validation_invariant", problems[field]);
    throw new BadRequestError("De pilot is niet opgeslagen: controleer de gemarkeerde velden.", data);
  }
  e.next();
}, "pilots");
