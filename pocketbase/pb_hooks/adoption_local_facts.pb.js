/// <reference path="../pb_data/types.d.ts" />
// An adopted copy replaces the original's local facts (target group, baselines) before it goes into
// practice, however it is saved: lib/adoption-local-facts.js. Validate hooks, so they hold for every
// validated save (API, batch, dashboard); the evidence level's own saves change nothing they check.

onRecordValidate((e) => {
  const { pilotProblems, refuse } = require(`${__hooks}/lib/adoption-local-facts.js`);
  refuse(pilotProblems(e.app, e.record), "De pilot");
  e.next();
}, "pilots");

onRecordValidate((e) => {
  const { hypothesisProblems, refuse } = require(`${__hooks}/lib/adoption-local-facts.js`);
  refuse(hypothesisProblems(e.app, e.record), "De hypothese");
  e.next();
}, "hypotheses");
