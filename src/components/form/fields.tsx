import { get, useFormContext, useFormState } from "react-hook-form";
import { fieldId } from "../../domain/field-errors.ts";
import { Field, type Control } from "./Field.tsx";

/** The one Field (Field.tsx) fed by react-hook-form: its error, its starting value and register(). */

type FieldProps = {
  name: string;
  label: string;
  description?: string;
  optional?: boolean;
};

/** The starting value, rendered on the server too, so the form shows it before scripts load. */
function useDefault(name: string): unknown {
  const { formState } = useFormContext();
  return get(formState.defaultValues, name);
}

function RegisteredField({ name, label, description, optional, control }: FieldProps & { control: Control }) {
  const { register } = useFormContext();
  const { errors } = useFormState({ name });
  const error = (get(errors, name) as { message?: string } | undefined)?.message;
  return (
    <Field
      id={fieldId(name)}
      label={label}
      description={description}
      optional={optional}
      error={error}
      control={{ ...control, ...register(name) } as Control}
    />
  );
}

const initialText = (value: unknown) => (typeof value === "string" ? value : undefined);

export function TextField(
  props: FieldProps & {
    type?: "text" | "date" | "month" | "number";
    inputMode?: "decimal" | "numeric";
    maxLength?: number;
    autoComplete?: string;
    /** The id of a <datalist> whose options the browser suggests as the user types. */
    list?: string;
  },
) {
  const initial = initialText(useDefault(props.name));
  const { type = "text", inputMode, maxLength, autoComplete = "off", list, ...field } = props;
  return <RegisteredField {...field} control={{ kind: "text", type, inputMode, maxLength, autoComplete, list, defaultValue: initial }} />;
}

export function TextAreaField(props: FieldProps & { rows?: number; maxLength?: number }) {
  const initial = initialText(useDefault(props.name));
  const { rows = 4, maxLength, ...field } = props;
  return <RegisteredField {...field} control={{ kind: "textarea", rows, maxLength, defaultValue: initial }} />;
}

export function SelectField(props: FieldProps & { options: ReadonlyArray<{ value: string; label: string }> }) {
  const initial = initialText(useDefault(props.name));
  const { options, ...field } = props;
  return <RegisteredField {...field} control={{ kind: "select", options, defaultValue: initial }} />;
}

/** A single checkbox with its label after it, as the NL Design System places them. */
export function CheckboxField(props: FieldProps) {
  const initial = useDefault(props.name);
  return <RegisteredField {...props} control={{ kind: "checkbox", defaultChecked: initial === true }} />;
}

/** Likelihood and impact: 1 to 5, each step named so the choice means the same to everyone. */
export const scaleOptions = (labels: readonly [string, string, string, string, string]) =>
  labels.map((label, index) => ({ value: String(index + 1), label: `${index + 1} – ${label}` }));
