import { describe, it, expect } from "vitest";
import { ClientResponseError } from "pocketbase";
import { dutchFieldMessage, isNotFound, isUnreachable, toSaveFailure } from "../../src/data/errors.ts";

const unreachableMessage = "De gegevensopslag is niet bereikbaar. Er is niets opgeslagen; probeer het zo nog eens.";

function pocketBaseError(status: number, data: Record<string, unknown> = {}, message = "Something went wrong."): ClientResponseError {
  return new ClientResponseError({ url: "http://127.0.0.1:8090/api/batch", status, response: { status, message, data } });
}

describe("toSaveFailure", () => {
  it("treats status 0 (no answer) as retryable and unreachable", () => {
    expect(toSaveFailure(new ClientResponseError({ status: 0, response: {} }))).toEqual({
      ok: false,
      message: unreachableMessage,
      fieldErrors: {},
      retryable: true,
    });
    expect(toSaveFailure(new ClientResponseError({ status: 0, response: {} })).message).toContain("niet bereikbaar");
  });

  it("treats an error that is not from PocketBase as unreachable", () => {
    expect(toSaveFailure(new TypeError("fetch failed"))).toEqual({
      ok: false,
      message: unreachableMessage,
      fieldErrors: {},
      retryable: true,
    });
  });

  it("reports a 404 as a pilot that does not exist, not retryable", () => {
    expect(toSaveFailure(pocketBaseError(404))).toEqual({
      ok: false,
      message: "Deze pilot bestaat niet (meer) of u mag hem niet wijzigen. Er is niets opgeslagen.",
      fieldErrors: {},
      retryable: false,
    });
  });

  it.each([401, 403])("reports a %d as missing rights, not retryable", (status) => {
    expect(toSaveFailure(pocketBaseError(status))).toEqual({
      ok: false,
      message: "U bent niet (meer) ingelogd of mist de rechten hiervoor. Log opnieuw in.",
      fieldErrors: {},
      retryable: false,
    });
  });

  it("maps the field errors of a 400 to Dutch messages", () => {
    const error = pocketBaseError(400, {
      title: { code: "validation_max_text_constraint", message: "Must be no more than 200 character(s).", params: { max: 200 } },
    });
    expect(toSaveFailure(error)).toEqual({
      ok: false,
      message: "De pilot is niet opgeslagen: controleer de gemarkeerde velden.",
      fieldErrors: { title: "Maximaal 200 tekens." },
      retryable: false,
    });
  });

  it("puts the field errors of a single request under the first request path", () => {
    const error = pocketBaseError(400, { baseline: { code: "validation_required", message: "Cannot be blank." } });
    expect(toSaveFailure(error, ["hypotheses.3."]).fieldErrors).toEqual({ "hypotheses.3.baseline": "Dit veld is verplicht." });
  });

  it("reports a 400 without field errors as refused data", () => {
    expect(toSaveFailure(pocketBaseError(400, {}))).toEqual({
      ok: false,
      message: "De pilot is niet opgeslagen: de gegevens werden geweigerd.",
      fieldErrors: {},
      retryable: false,
    });
  });

  it("ignores data entries that are not field errors", () => {
    const error = pocketBaseError(400, { title: "not an error object", summary: null, problem: { code: "validation_required" } });
    expect(toSaveFailure(error).fieldErrors).toEqual({ problem: "Dit veld is verplicht." });
  });

  it("maps a failed batch request to the form path of its sub-request", () => {
    // The shape PocketBase (apis/batch.go) gives a failed batch: data.requests[index].response is the sub-request's error.
    const error = pocketBaseError(
      400,
      {
        requests: {
          "2": {
            code: "batch_request_failed",
            message: "Batch request failed.",
            response: {
              status: 400,
              message: "Failed to create record.",
              data: { likelihood: { code: "validation_max_number_constraint", message: "Must be no greater than 5.", params: { max: 5 } } },
            },
          },
        },
      },
      "Batch transaction failed.",
    );
    expect(toSaveFailure(error, ["", "hypotheses.0.", "risks.0."])).toEqual({
      ok: false,
      message: "De pilot is niet opgeslagen: controleer de gemarkeerde velden.",
      fieldErrors: { "risks.0.likelihood": "De waarde mag niet groter zijn dan 5." },
      retryable: false,
    });
  });

  it("maps a failed first batch request to the pilot's own fields", () => {
    const error = pocketBaseError(400, {
      requests: { "0": { response: { data: { title: { code: "validation_required", message: "Cannot be blank." } } } } },
    });
    expect(toSaveFailure(error, ["", "risks.0."]).fieldErrors).toEqual({ title: "Dit veld is verplicht." });
  });

  it("treats a 500 as retryable", () => {
    expect(toSaveFailure(pocketBaseError(500))).toEqual({
      ok: false,
      message: "Er ging iets mis bij het opslaan. Er is niets opgeslagen; probeer het opnieuw.",
      fieldErrors: {},
      retryable: true,
    });
  });
});

describe("dutchFieldMessage", () => {
  it.each([
    [{ code: "validation_required" }, "Dit veld is verplicht."],
    [{ code: "validation_max_text_constraint", params: { max: 200 } }, "Maximaal 200 tekens."],
    [{ code: "validation_length_too_long", params: { max: 40 } }, "Maximaal 40 tekens."],
    [{ code: "validation_min_text_constraint", params: { min: 3 } }, "Gebruik minstens 3 tekens."],
    [{ code: "validation_length_too_short", params: { min: 10 } }, "Gebruik minstens 10 tekens."],
    [{ code: "validation_max_number_constraint", params: { max: 5 } }, "De waarde mag niet groter zijn dan 5."],
    [{ code: "validation_min_number_constraint", params: { min: 1 } }, "De waarde mag niet kleiner zijn dan 1."],
    [{ code: "validation_only_int_constraint" }, "Vul een geheel getal in."],
    [{ code: "validation_invalid_date" }, "Vul een geldige datum in."],
    [{ code: "validation_invariant", message: "De einddatum ligt vóór de startdatum." }, "De einddatum ligt vóór de startdatum."],
    [{ code: "validation_invariant" }, "Deze waarde is niet toegestaan."],
    [{ code: "validation_not_unique", message: "Value must be unique." }, "Deze waarde is niet toegestaan."],
    [{}, "Deze waarde is niet toegestaan."],
  ])("%j → %j", (error, message) => {
    expect(dutchFieldMessage(error)).toBe(message);
  });
});

describe("isNotFound and isUnreachable", () => {
  it.each([
    [pocketBaseError(404), true, false],
    [pocketBaseError(403), false, false],
    [new ClientResponseError({ status: 0, response: {} }), false, true],
    [new ClientResponseError({ status: 0, response: {}, isAbort: true }), false, false],
    [new Error("boom"), false, false],
  ])("%#", (error, notFound, unreachable) => {
    expect(isNotFound(error)).toBe(notFound);
    expect(isUnreachable(error)).toBe(unreachable);
  });
});
