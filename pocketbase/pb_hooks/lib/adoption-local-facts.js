// An adopted copy starts with the original's local facts: its target group (often with the
// original's place names) and its hypotheses' baselines (the original's zero measurement). They
// describe another municipality, so the copy goes into practice only once the adopter replaced them.
// The check runs when a copy enters practice (created there, or moved out of idee or ontwerp), and
// when a copied hypothesis is created or gets a new baseline in a copy that is already in practice.
// An original the adopter can no longer read (made private since) is not compared with: a refusal
// would tell its current target group or baseline. src/domain/adoption.ts (localFactsIssues) says
// the same in the form; tests/integration/domain-matches-evidence.test.ts holds the messages equal.

const PLANNING_STAGES = ["idee", "ontwerp"];
const MESSAGES = {
  stage: "Deze pilot is overgenomen: vervang eerst de doelgroep en de nulmetingen door die van uw gemeente, dan kan hij in uitvoering.",
  target_group: "Dit is nog de doelgroep van de oorspronkelijke pilot: beschrijf de doelgroep in uw gemeente.",
  hypotheses: "Nog de nulmeting van de oorspronkelijke pilot bij: ",
  baseline: "Dit is nog de nulmeting van de oorspronkelijke pilot: vul de nulmeting van uw gemeente in.",
};

/** Two texts are the same fact whatever their spacing or case. */
const sameText = (a, b) => String(a).trim().replace(/\s+/g, " ").toLowerCase() === String(b).trim().replace(/\s+/g, " ").toLowerCase();

function findOrNull(app, collection, id) {
  if (!id) return null;
  try {
    return app.findRecordById(collection, id);
  } catch (_) {
    return null; // deleted since: nothing left to compare with
  }
}

/** The original pilot, if the copy's municipality may read it. */
function readableOriginal(app, pilotId, municipality) {
  const original = findOrNull(app, "pilots", pilotId);
  if (!original) return null;
  return original.getString("visibility") !== "private" || original.getString("municipality") === municipality ? original : null;
}

/** The indicators of the copy's hypotheses that still have the baseline of the hypothesis they copy. */
function copiedBaselines(app, pilotId) {
  const indicators = [];
  for (const hypothesis of app.findAllRecords("hypotheses", $dbx.hashExp({ pilot: pilotId }))) {
    const original = findOrNull(app, "hypotheses", hypothesis.getString("adopted_from"));
    if (original && original.getFloat("baseline") === hypothesis.getFloat("baseline")) indicators.push(hypothesis.getString("indicator"));
  }
  return indicators;
}

/** A pilot about to be saved: { field: message } when it is a copy entering practice with the original's facts. */
function pilotProblems(app, record) {
  const stage = record.getString("stage");
  const entering = !PLANNING_STAGES.includes(stage) && (record.isNew() || PLANNING_STAGES.includes(record.original().getString("stage")));
  const original = entering ? readableOriginal(app, record.getString("adopted_from"), record.getString("municipality")) : null;
  if (!original) return {};
  const problems = {};
  if (sameText(record.getString("target_group"), original.getString("target_group"))) problems.target_group = MESSAGES.target_group;
  // A copy being created has no hypotheses yet; hypothesisProblems checks them as they come.
  const unchanged = record.isNew() ? [] : copiedBaselines(app, record.id);
  if (unchanged.length > 0) problems.hypotheses = `${MESSAGES.hypotheses}${unchanged.join("; ")}.`;
  if (Object.keys(problems).length > 0) problems.stage = MESSAGES.stage;
  return problems;
}

/** A hypothesis about to be saved: { baseline: message } when a copy in practice would get the original's baseline. */
function hypothesisProblems(app, record) {
  const changed = record.isNew() || record.original().getFloat("baseline") !== record.getFloat("baseline");
  const original = changed ? findOrNull(app, "hypotheses", record.getString("adopted_from")) : null;
  const pilot = original ? findOrNull(app, "pilots", record.getString("pilot")) : null;
  if (!pilot || PLANNING_STAGES.includes(pilot.getString("stage"))) return {};
  if (!readableOriginal(app, original.getString("pilot"), pilot.getString("municipality"))) return {};
  return original.getFloat("baseline") === record.getFloat("baseline") ? { baseline: MESSAGES.baseline } : {};
}

/** Throws PocketBase's 400 with the problems at their fields, if there are any. */
function refuse(problems, what) {
  const fields = Object.keys(problems);
  if (fields.length === 0) return;
  const data = {};
  for (const field of fields) data[field] = new ValidationError("validation_invariant", problems[field]);
  throw new BadRequestError(`${what} is niet opgeslagen: vervang eerst de gegevens van de oorspronkelijke pilot.`, data);
}

module.exports = { MESSAGES, PLANNING_STAGES, hypothesisProblems, pilotProblems, refuse };
