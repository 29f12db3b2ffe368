/// <reference path="../pb_data/types.d.ts" />
// Stage gate: only a directeur moves a pilot to "besluit" and records the decision, its rationale
// and, for stopping, the stop reason. A pilot with a decision stays as a result: it cannot be
// deleted. Evidence facts the records cannot show by themselves are ticked on the pilot.
const WRITER =
  '@request.auth.id != "" && (@request.auth.role = "innovatiemanager" || @request.auth.role = "directeur")' +
  " && municipality = @request.auth.municipality";
const DIRECTOR = '@request.auth.role = "directeur"';
const ADOPTS_VISIBLE =
  '(adopted_from = "" || adopted_from.visibility != "private" || adopted_from.municipality = @request.auth.municipality)';
const byDirector = (field) => `(@request.body.${field}:changed = false || ${DIRECTOR})`;

migrate(
  (app) => {
    const pilots = app.findCollectionByNameOrId("pilots");
    pilots.fields.add(new TextField({ name: "stop_reason", required: false, max: 2000 }));
    pilots.fields.add(new BoolField({ name: "comparison_group", required: false }));
    pilots.fields.add(new BoolField({ name: "independent_replication", required: false }));

    pilots.createRule =
      `${WRITER} && ${ADOPTS_VISIBLE} && (stage != "besluit" || ${DIRECTOR})` +
      ` && (decision = "" || ${DIRECTOR}) && (decision_rationale = "" || ${DIRECTOR}) && (stop_reason = "" || ${DIRECTOR})`;
    pilots.updateRule =
      `${WRITER} && @request.body.municipality:changed = false && @request.body.adopted_from:changed = false` +
      ` && (@request.body.stage:changed = false || (@request.body.stage != "besluit" && stage != "besluit") || ${DIRECTOR})` +
      ` && ${byDirector("decision")} && ${byDirector("decision_rationale")} && ${byDirector("stop_reason")}`;
    pilots.deleteRule = `${WRITER} && decision = ""`;
    app.save(pilots);

    const hypotheses = app.findCollectionByNameOrId("hypotheses");
    // Why the manager confirmed or overruled the proposed verdict.
    hypotheses.fields.add(new TextField({ name: "verdict_reason", required: false, max: 2000 }));
    app.save(hypotheses);
  },
  (app) => {
    const pilots = app.findCollectionByNameOrId("pilots");
    for (const name of ["stop_reason", "comparison_group", "independent_replication"]) pilots.fields.removeByName(name);
    app.save(pilots);
    const hypotheses = app.findCollectionByNameOrId("hypotheses");
    hypotheses.fields.removeByName("verdict_reason");
    app.save(hypotheses);
  },
);
