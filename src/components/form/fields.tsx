import type { ReactNode } from "react";
import { get, useFormContext } from "react-hook-form";

/** Form fields for any react-hook-form form: label, description, error message and input, wired for screen readers. */

type Name = string;

/** "hypotheses.0.baseline" → "veld-hypotheses-0-baseline": ids the error summary can link to. */
export const fieldId = (name: string) => `veld-${name.replace(/\./g, "-")}`;

/** The starting value, rendered on the server too, so the form shows it before scripts load. */
function useDefault(name: Name): string | undefined {
  const { formState } = useFormContext();
  const value: unknown = get(formState.defaultValues, name);
  return typeof value === "string" ? value : undefined;
}

function useFieldError(name: Name): string | undefined {
  const { formState } = useFormContext();
  const error = get(formState.errors, name) as { message?: string } | undefined;
  return error?.message;
}

type FieldProps = {
  name: Name;
  label: string;
  description?: string;
  optional?: boolean;
};

function FieldShell({
  name,
  label,
  description,
  optional,
  kind,
  children,
}: FieldProps & { kind: string; children: (aria: { id: string; "aria-invalid"?: true; "aria-describedby"?: string }) => ReactNode }) {
  const id = fieldId(name);
  const error = useFieldError(name);
  const describedBy = [description && `${id}-uitleg`, error && `${id}-fout`].filter(Boolean).join(" ");
  return (
    <div className={`utrecht-form-field utrecht-form-field--${kind}${error ? " utrecht-form-field--invalid" : ""}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
          {optional && " (niet verplicht)"}
        </label>
      </div>
      {description && (
        <div className="utrecht-form-field-description" id={`${id}-uitleg`}>
          {description}
        </div>
      )}
      {error && (
        <div className="utrecht-form-field-error-message" id={`${id}-fout`}>
          {error}
        </div>
      )}
      <div className="utrecht-form-field__input">
        {children({ id, ...(error ? { "aria-invalid": true as const } : {}), ...(describedBy ? { "aria-describedby": describedBy } : {}) })}
      </div>
    </div>
  );
}

export function TextField(
  props: FieldProps & {
    type?: "text" | "date" | "month" | "number";
    inputMode?: "decimal" | "numeric";
    maxLength?: number;
    autoComplete?: string;
  },
) {
  const { register } = useFormContext();
  const initial = useDefault(props.name);
  return (
    <FieldShell {...props} kind="text">
      {(aria) => (
        <input
          className="utrecht-textbox utrecht-textbox--html-input"
          type={props.type ?? "text"}
          inputMode={props.inputMode}
          maxLength={props.maxLength}
          autoComplete={props.autoComplete ?? "off"}
          defaultValue={initial}
          {...aria}
          {...register(props.name)}
        />
      )}
    </FieldShell>
  );
}

export function TextAreaField(props: FieldProps & { rows?: number; maxLength?: number }) {
  const { register } = useFormContext();
  const initial = useDefault(props.name);
  return (
    <FieldShell {...props} kind="textarea">
      {(aria) => (
        <textarea
          className="utrecht-textarea utrecht-textarea--html-textarea"
          rows={props.rows ?? 4}
          maxLength={props.maxLength}
          defaultValue={initial}
          {...aria}
          {...register(props.name)}
        />
      )}
    </FieldShell>
  );
}

export function SelectField(props: FieldProps & { options: ReadonlyArray<{ value: string; label: string }> }) {
  const { register } = useFormContext();
  const initial = useDefault(props.name);
  return (
    <FieldShell {...props} kind="select">
      {(aria) => (
        <select className="utrecht-select utrecht-select--html-select" defaultValue={initial} {...aria} {...register(props.name)}>
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

/** A single checkbox with its label after it, as the NL Design System places them. */
export function CheckboxField(props: FieldProps) {
  const { register, formState } = useFormContext();
  const id = fieldId(props.name);
  const error = useFieldError(props.name);
  const initial: unknown = get(formState.defaultValues, props.name);
  const describedBy = [props.description && `${id}-uitleg`, error && `${id}-fout`].filter(Boolean).join(" ");
  return (
    <div className={`utrecht-form-field utrecht-form-field--checkbox${error ? " utrecht-form-field--invalid" : ""}`}>
      <div className="utrecht-form-field__input">
        <input
          className="utrecht-checkbox utrecht-checkbox--html-input"
          type="checkbox"
          id={id}
          defaultChecked={initial === true}
          {...(error ? { "aria-invalid": true as const } : {})}
          {...(describedBy ? { "aria-describedby": describedBy } : {})}
          {...register(props.name)}
        />
      </div>
      <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
          {props.label}
        </label>
      </div>
      {props.description && (
        <div className="utrecht-form-field-description" id={`${id}-uitleg`}>
          {props.description}
        </div>
      )}
      {error && (
        <div className="utrecht-form-field-error-message" id={`${id}-fout`}>
          {error}
        </div>
      )}
    </div>
  );
}

/** Likelihood and impact: 1 to 5, each step named so the choice means the same to everyone. */
export const scaleOptions = (labels: readonly [string, string, string, string, string]) =>
  labels.map((label, index) => ({ value: String(index + 1), label: `${index + 1} – ${label}` }));
