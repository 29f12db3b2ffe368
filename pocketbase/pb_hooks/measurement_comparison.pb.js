/// <reference path="../pb_data/types.d.ts" />
// A measurement's comparison group is both a value and a size, or neither (lib/measurement-comparison.js).
// Its read side is the measurement's own: the measurements collection for the owning municipality,
// measurement_public (migration 1764152300) for everyone else, with a group under 10 left out.

onRecordValidate((e) => {
  const { refuse, storedProblems } = require(`${__hooks}/lib/measurement-comparison.js`);
  refuse(storedProblems(e.record));
  e.next();
}, "measurements");

onRecordCreateRequest((e) => {
  const { refuse, requestProblems } = require(`${__hooks}/lib/measurement-comparison.js`);
  refuse(requestProblems(e.record, e.requestInfo().body, true));
  e.next();
}, "measurements");

onRecordUpdateRequest((e) => {
  const { refuse, requestProblems } = require(`${__hooks}/lib/measurement-comparison.js`);
  refuse(requestProblems(e.record, e.requestInfo().body, false));
  e.next();
}, "measurements");
