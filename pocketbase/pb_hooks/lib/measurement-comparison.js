// A measurement's comparison group (comparison_value, comparison_sample_size) is both or neither:
// a value without the group's size says nothing, and neither does a size without its value.
// PocketBase stores an unset number as 0, so "no comparison group" is a size of 0 with a value of 0,
// and a value given as 0 can only be told from a missing one in the request itself.
// src/domain/evaluation.ts (MeasurementRowSchema) says the same in the form.

const MESSAGES = {
  comparison_sample_size: "Vul ook het aantal deelnemers in de vergelijkingsgroep in, of laat beide velden leeg.",
  comparison_value: "Vul ook de waarde van de vergelijkingsgroep in, of laat beide velden leeg.",
};

/** Every write: a comparison value without a group size. Returns { field: message }. */
function storedProblems(record) {
  if (record.getInt("comparison_sample_size") === 0 && record.getFloat("comparison_value") !== 0) {
    return { comparison_sample_size: MESSAGES.comparison_sample_size };
  }
  return {};
}

/**
 * A request (create or update) that gives a comparison group its size but no value: the body does
 * not name comparison_value, and the stored record had no comparison group to keep the value of.
 */
function requestProblems(record, body, isNew) {
  const size = record.getInt("comparison_sample_size");
  const hadGroup = !isNew && record.original().getInt("comparison_sample_size") > 0;
  // PocketBase has read the body by now: a null or "" sent for the value arrives as 0, a value given.
  const given = Boolean(body) && body.comparison_value !== undefined;
  return size > 0 && !given && !hadGroup ? { comparison_value: MESSAGES.comparison_value } : {};
}

/** Throws PocketBase's 400 with the problems at their fields, if there are any. */
function refuse(problems) {
  const fields = Object.keys(problems);
  if (fields.length === 0) return;
  const data = {};
  for (const field of fields) data[field] = new ValidationError("validation_invariant", problems[field]);
  throw new BadRequestError("De meting is niet opgeslagen: controleer de vergelijkingsgroep.", data);
}

module.exports = { MESSAGES, refuse, requestProblems, storedProblems };
