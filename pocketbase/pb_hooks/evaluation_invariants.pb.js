/// <reference path="../pb_data/types.d.ts" />
// What ties an evaluation's parts together, for every write however it is sent.

// A measurement measures a hypothesis of the same pilot as its evaluation.
onRecordValidate((e) => {
  try {
    const evaluation = e.app.findRecordById("evaluations", e.record.getString("evaluation"));
    const hypothesis = e.app.findRecordById("hypotheses", e.record.getString("hypothesis"));
    if (evaluation.getString("pilot") !== hypothesis.getString("pilot")) {
      throw new BadRequestError("De meting hoort bij een hypothese van een andere pilot.", {
        hypothesis: new ValidationError("validation_invariant", "Kies een hypothese van deze pilot."),
      });
    }
  } catch (error) {
    if (error instanceof BadRequestError) throw error;
    // a missing relation is reported by the field's own validation
  }
  e.next();
}, "measurements");

// At most 20 testimonials per evaluation, however they are sent.
onRecordCreateRequest((e) => {
  const evaluation = e.record.getString("evaluation");
  if (evaluation && e.app.countRecords("testimonials", $dbx.hashExp({ evaluation })) >= 20) {
    throw new BadRequestError("Een evaluatie heeft hoogstens 20 citaten.", {
      evaluation: new ValidationError("validation_row_limit", "Hoogstens 20 citaten per evaluatie."),
    });
  }
  e.next();
}, "testimonials");

// A pilot in the stage Besluit keeps the end evaluation its decision rests on: it can be neither
// deleted nor turned into an interim one.
onRecordDeleteRequest((e) => {
  const { isLastEndOfDecidedPilot } = require(`${__hooks}/lib/end-evaluation.js`);
  if (e.record.getString("kind") === "eind" && isLastEndOfDecidedPilot(e.app, e.record)) {
    throw new BadRequestError("Deze eindevaluatie onderbouwt het besluit over de pilot en kan niet worden verwijderd.");
  }
  e.next();
}, "evaluations");

onRecordUpdateRequest((e) => {
  const { isLastEndOfDecidedPilot } = require(`${__hooks}/lib/end-evaluation.js`);
  const wasEnd = e.record.original().getString("kind") === "eind";
  if (wasEnd && e.record.getString("kind") !== "eind" && isLastEndOfDecidedPilot(e.app, e.record.original())) {
    throw new BadRequestError("Deze eindevaluatie onderbouwt het besluit over de pilot en blijft een eindevaluatie.", {
      kind: new ValidationError("validation_invariant", "Het besluit over de pilot rust op deze eindevaluatie."),
    });
  }
  e.next();
}, "evaluations");

// An end evaluation of a running pilot moves it to the stage Evaluatie, in the write's transaction.
onRecordCreateExecute((e) => require(`${__hooks}/lib/end-evaluation.js`).writeAndMoveToEvaluation(e), "evaluations");
onRecordUpdateExecute((e) => require(`${__hooks}/lib/end-evaluation.js`).writeAndMoveToEvaluation(e), "evaluations");
