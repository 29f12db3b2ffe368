import { useEffect, useRef, useState } from "react";
import { flattenErrors, type SummaryError } from "./ErrorSummary.tsx";

export type Failure = { message: string; errors: SummaryError[] };

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
  useEffect(() => setReady(true), []);

  const show = (next: Failure) => {
    setFailure(next);
    requestAnimationFrame(() => summary.current?.focus());
  };
  return {
    failure,
    /** The server refused because someone else saved in the meantime. */
    conflict,
    ready,
    summary,
    show,
    clear: () => {
      setFailure(null);
      setConflict(false);
    },
    invalid: (errors: unknown) =>
      show({ message: `${subject} is niet opgeslagen: controleer de gemarkeerde velden.`, errors: flattenErrors(errors) }),
    offline: () => show({ message: OFFLINE, errors: [] }),
    /** The server's refusal: each field error next to its field (via `mark`) and in the summary. */
    refused: (
      result: { message: string; fieldErrors: Record<string, string>; conflict?: boolean },
      mark: (path: string, message: string) => void,
    ) => {
      setConflict(Boolean(result.conflict));
      for (const [path, message] of Object.entries(result.fieldErrors)) mark(path, message);
      show({ message: result.message, errors: Object.entries(result.fieldErrors).map(([path, message]) => ({ path, message })) });
    },
  };
}
