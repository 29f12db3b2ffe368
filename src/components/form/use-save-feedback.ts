import { useEffect, useRef, useState } from "react";
import type { FieldPath, FieldValues, UseFormReturn } from "react-hook-form";
import { flattenErrorTree, summaryEntries, type FieldError, type SummaryEntry } from "../../domain/field-errors.ts";

export type Failure = { message: string; entries: SummaryEntry[] };

const OFFLINE = "Geen verbinding met Proeftuin. Er is niets opgeslagen; uw invoer staat nog in het formulier. Probeer het opnieuw.";

/**
 * What an island form shows when saving does not work out: one error summary, focused so screen
 * reader users hear it, for invalid input, a refusal by the server, or no connection. `ready`
 * turns true once the island has hydrated (before that, typing would not reach the form state).
 */
export function useSaveFeedback(subject: string) {
  const [failure, setFailure] = useState<Failure | null>(null);
  const [conflict, setConflict] = useState(false);
  const [ready, setReady] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => setReady(true), []);

  // The ids of the form's fields in document order: the summary follows the form, not the schema.
  const entriesOf = (errors: FieldError[]) =>
    summaryEntries(
      errors,
      [...(form.current?.querySelectorAll("[id^='veld-']") ?? [])].map((element) => element.id),
    );
  const show = (message: string, errors: FieldError[] = []) => {
    setFailure({ message, entries: entriesOf(errors) });
    requestAnimationFrame(() => summary.current?.focus());
  };
  return {
    failure,
    /** The server refused because someone else saved in the meantime. */
    conflict,
    ready,
    summary,
    /** For the <form ref>: where the summary finds the fields' order. */
    form,
    show,
    clear: () => {
      setFailure(null);
      setConflict(false);
    },
    /** React Hook Form's refusal: pass the errors handleSubmit hands over (formState is one render behind). */
    invalid: (errors: unknown, more: FieldError[] = []) =>
      show(`${subject} is niet opgeslagen: controleer de gemarkeerde velden.`, [...flattenErrorTree(errors), ...more]),
    offline: () => show(OFFLINE),
    /** The server's refusal: each field error next to its field (via `mark`) and in the summary. */
    refused: (
      result: { message: string; fieldErrors: Record<string, string>; conflict?: boolean },
      mark: (path: string, message: string) => void,
    ) => {
      setConflict(Boolean(result.conflict));
      for (const [path, message] of Object.entries(result.fieldErrors)) mark(path, message);
      show(
        result.message,
        Object.entries(result.fieldErrors).map(([path, message]) => ({ path, message })),
      );
    },
  };
}

/**
 * Validation waits for the first submit (tabbing through an empty form marks nothing); after that a
 * field shown in error is checked again as it changes, so its message goes as soon as it is fixed.
 * Fields not in error wait for the next submit. For the <form onChange>; pair with
 * mode "onSubmit" and reValidateMode "onSubmit".
 */
export function recheckShownErrors<T extends FieldValues>(form: Pick<UseFormReturn<T>, "getFieldState" | "trigger">) {
  return (event: { target: EventTarget }) => {
    const { name } = event.target as HTMLInputElement;
    const field = name as FieldPath<T>;
    if (field && form.getFieldState(field).invalid) void form.trigger(field);
  };
}
