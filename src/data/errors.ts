import { ClientResponseError } from "pocketbase";

/**
 * PocketBase errors turned into what a form can show: Dutch messages per field path
 * ("hypotheses.0.baseline"), and a general message. The one place that reads PocketBase's
 * error shapes, including a failed batch, which reports per sub-request.
 */

type FieldErrors = Record<string, string>;

export type SaveFailure = {
  ok: false;
  /** Shown above the form. */
  message: string;
  fieldErrors: FieldErrors;
  /** The request did not reach PocketBase or it did not answer: worth trying again. */
  retryable: boolean;
  /** Someone else saved the same record since the form was opened: reload before saving again. */
  conflict?: boolean;
};

type PocketBaseFieldError = { code?: string; message?: string; params?: Record<string, unknown> };

/** PocketBase's own messages are English; these are the ones a form can run into. */
export function dutchFieldMessage(error: PocketBaseFieldError): string {
  const params = error.params ?? {};
  switch (error.code) {
    case "validation_required":
      return "Dit veld is verplicht.";
    case "validation_length_too_long":
    case "validation_max_text_constraint":
      return params.max === undefined ? "Deze tekst is te lang." : `Maximaal ${params.max} tekens.`;
    case "validation_length_too_short":
    case "validation_min_text_constraint":
      return params.min === undefined ? "Deze tekst is te kort." : `Gebruik minstens ${params.min} tekens.`;
    case "validation_max_number_constraint":
      return params.max === undefined ? "Deze waarde is te groot." : `De waarde mag niet groter zijn dan ${params.max}.`;
    case "validation_min_number_constraint":
      return params.min === undefined ? "Deze waarde is te klein." : `De waarde mag niet kleiner zijn dan ${params.min}.`;
    case "validation_only_int_constraint":
      return "Vul een geheel getal in.";
    case "validation_invalid_date":
      return "Vul een geldige datum in.";
    // Raised by this project's own hooks (pocketbase/pb_hooks), whose messages are already Dutch.
    case "validation_invariant":
    case "validation_name_not_allowed":
    case "validation_row_limit":
      return error.message ?? "Deze waarde is niet toegestaan.";
    default:
      return "Deze waarde is niet toegestaan.";
  }
}

function fieldErrorsOf(data: unknown, prefix: string): FieldErrors {
  const result: FieldErrors = {};
  if (!data || typeof data !== "object") return result;
  for (const [field, error] of Object.entries(data as Record<string, PocketBaseFieldError>)) {
    if (!error || typeof error !== "object" || !("code" in error)) continue;
    // A row's own link to its pilot is not a form field: its error belongs to the list of rows.
    const path = field === "pilot" && prefix ? prefix.split(".")[0]! : `${prefix}${field}`;
    result[path] = dutchFieldMessage(error);
  }
  return result;
}

/** What was being saved, for the messages: "De pilot", "De evaluatie", "Het besluit". */
export type Subject = "De pilot" | "De evaluatie" | "Het oordeel" | "Het besluit" | "De les" | "De reactie" | "De overname" | "Het account";

const notFoundMessage = (subject: Subject) =>
  subject === "De pilot"
    ? "Deze pilot bestaat niet (meer) of u mag hem niet wijzigen. Er is niets opgeslagen."
    : `${subject} is niet opgeslagen: wat u wilde wijzigen bestaat niet (meer), of u mag het niet wijzigen.`;

/**
 * @param requestPaths for a batch: the form path prefix of each sub-request, in order
 *   ("" for the pilot itself, "risks.2." for the third risk row).
 */
export function toSaveFailure(error: unknown, requestPaths: readonly string[] = [""], subject: Subject = "De pilot"): SaveFailure {
  if (!(error instanceof ClientResponseError) || error.status === 0) {
    return {
      ok: false,
      message: "De gegevensopslag is niet bereikbaar. Er is niets opgeslagen; probeer het zo nog eens.",
      fieldErrors: {},
      retryable: true,
    };
  }
  const data = error.response?.data as Record<string, unknown> | undefined;
  const requests = data?.requests as Record<string, { response?: { status?: number; data?: unknown } }> | undefined;
  // A refused batch answers 400 as a whole; the sub-request that failed carries the real status.
  const status =
    requests && typeof requests === "object"
      ? (Object.values(requests).find((request) => typeof request?.response?.status === "number")?.response?.status ?? error.status)
      : error.status;
  if (status === 401 || status === 403) {
    return {
      ok: false,
      message: "U bent niet (meer) ingelogd of mist de rechten hiervoor. Log opnieuw in.",
      fieldErrors: {},
      retryable: false,
    };
  }
  if (status === 404) {
    return {
      ok: false,
      message: notFoundMessage(subject),
      fieldErrors: {},
      retryable: false,
    };
  }
  const conflict = JSON.stringify(data ?? {}).includes('"validation_conflict"');
  if (conflict) {
    return {
      ok: false,
      message: `${subject} is niet opgeslagen: iemand anders heeft deze pilot intussen gewijzigd. Laad de pilot opnieuw en breng uw wijzigingen daarna aan; uw invoer staat nog in dit formulier.`,
      fieldErrors: {},
      retryable: false,
      conflict: true,
    };
  }
  if (status === 413) {
    return {
      ok: false,
      message: `${subject} is niet opgeslagen: de bijlagen zijn samen te groot.`,
      fieldErrors: { attachments: "De bijlagen zijn samen te groot." },
      retryable: false,
    };
  }
  let fieldErrors: FieldErrors = {};
  if (requests && typeof requests === "object") {
    for (const [index, request] of Object.entries(requests)) {
      fieldErrors = { ...fieldErrors, ...fieldErrorsOf(request?.response?.data, requestPaths[Number(index)] ?? "") };
    }
  } else {
    fieldErrors = fieldErrorsOf(data, requestPaths[0] ?? "");
  }
  if (error.status >= 500) {
    return {
      ok: false,
      message: "Er ging iets mis bij het opslaan. Er is niets opgeslagen; probeer het opnieuw.",
      fieldErrors,
      retryable: true,
    };
  }
  return {
    ok: false,
    message: Object.keys(fieldErrors).length
      ? `${subject} is niet opgeslagen: controleer de gemarkeerde velden.`
      : `${subject} is niet opgeslagen: de gegevens werden geweigerd.`,
    fieldErrors,
    retryable: false,
  };
}

/** True when PocketBase answered 404: the record does not exist or the viewer may not see it. */
export function isNotFound(error: unknown): boolean {
  return error instanceof ClientResponseError && error.status === 404;
}

/** True when PocketBase could not be reached at all. */
export function isUnreachable(error: unknown): boolean {
  return error instanceof ClientResponseError && error.status === 0 && !error.isAbort;
}
