import { forwardRef } from "react";
import { Alert, Heading, Link, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import type { SummaryEntry } from "../../domain/field-errors.ts";

type Props = {
  message: string;
  entries: ReadonlyArray<SummaryEntry>;
  /** Server-rendered forms: the browser focuses it on load, no script needed. */
  autoFocus?: boolean;
};

/**
 * The NL Design System pattern for a refused form: one alert at the top that says what went wrong
 * and links to each field in form order, focused so screen reader users hear it straight away.
 * The same component serves the islands and the server-rendered forms.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, Props>(function ErrorSummary({ message, entries, autoFocus }, ref) {
  return (
    // No aria-labelledby: the outer element has no role to be named, and its content (inside the
    // Alert's role="alert") is read in full anyway.
    <Alert ref={ref} type="error" tabIndex={-1} autoFocus={autoFocus} className="error-summary">
      <Heading level={2} appearance="utrecht-heading-3">
        {message}
      </Heading>
      {entries.length > 0 && (
        <UnorderedList>
          {entries.map((entry) => (
            <UnorderedListItem key={`${entry.target} ${entry.message}`}>
              <Link href={`#${entry.target}`}>{entry.message}</Link>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </Alert>
  );
});
