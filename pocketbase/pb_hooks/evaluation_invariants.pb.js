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

// A pilot in the stage Besluit keeps the end evaluation its decision rests on.
onRecordDeleteRequest((e) => {
  if (e.record.getString("kind") === "eind") {
    try {
      const pilot = e.app.findRecordById("pilots", e.record.getString("pilot"));
      const ends = e.app.countRecords("evaluations", $dbx.hashExp({ pilot: pilot.id, kind: "eind" }));
      if (pilot.getString("stage") === "besluit" && ends <= 1) {
        throw new BadRequestError("Deze eindevaluatie onderbouwt het besluit over de pilot en kan niet worden verwijderd.");
      }
    } catch (error) {
      if (error instanceof BadRequestError) throw error;
    }
  }
  e.next();
}, "evaluations");
