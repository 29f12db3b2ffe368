import { forwardRef } from "react";
import { fieldId } from "./fields.tsx";

export type SummaryError = { path: string; message: string };

/**
 * The NL Design System pattern for a refused form: one alert at the top that says what went wrong
 * and links to each field, focused so screen reader users hear it straight away.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, { message: string; errors: SummaryError[] }>(function ErrorSummary(
  { message, errors },
  ref,
) {
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className="utrecht-alert utrecht-alert--error error-summary"
      role="alert"
      aria-labelledby="foutmelding-kop"
    >
      <h2 className="utrecht-heading-3" id="foutmelding-kop">
        {message}
      </h2>
      {errors.length > 0 && (
        <ul className="utrecht-unordered-list">
          {errors.map((error) => (
            <li key={error.path}>
              <a className="utrecht-link" href={`#${fieldId(error.path)}`}>
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});

/** React Hook Form's nested error tree as a flat list in form order. */
export function flattenErrors(errors: unknown, prefix = ""): SummaryError[] {
  if (!errors || typeof errors !== "object") return [];
  const record = errors as Record<string, unknown>;
  if (typeof record.message === "string" && "type" in record) return [{ path: prefix, message: record.message }];
  return Object.entries(record).flatMap(([key, value]) =>
    key === "ref" || key === "root" ? [] : flattenErrors(value, prefix ? `${prefix}.${key}` : key),
  );
}
