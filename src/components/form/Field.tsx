import type { InputHTMLAttributes, Ref, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import {
  Checkbox,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from "@utrecht/component-library-react";

/**
 * The one form field of Proeftuin: label, description, error message and control, wired for screen
 * readers. Presentational only, so a server-rendered .astro form (no client directive) and a
 * react-hook-form island (see fields.tsx) render exactly the same markup.
 */

type Option = { value: string; label: string };
// `ref` travels inside the control's props so react-hook-form's register() can be spread in whole.
type WithRef<E> = { ref?: Ref<E> };
export type Control =
  | ({ kind: "text" } & InputHTMLAttributes<HTMLInputElement> & WithRef<HTMLInputElement>)
  | ({ kind: "file" } & InputHTMLAttributes<HTMLInputElement> & WithRef<HTMLInputElement>)
  | ({ kind: "checkbox" } & Omit<InputHTMLAttributes<HTMLInputElement>, "type"> & WithRef<HTMLInputElement>)
  | ({ kind: "textarea" } & TextareaHTMLAttributes<HTMLTextAreaElement> & WithRef<HTMLTextAreaElement>)
  | ({ kind: "select"; options: ReadonlyArray<Option> } & SelectHTMLAttributes<HTMLSelectElement> & WithRef<HTMLSelectElement>);

export type FieldProps = {
  id: string;
  label: string;
  description?: string | undefined;
  error?: string | undefined;
  optional?: boolean | undefined;
  control: Control;
};

function renderControl(control: Control, aria: { id: string; invalid: boolean; "aria-describedby"?: string }) {
  switch (control.kind) {
    case "textarea": {
      const { kind: _, ...rest } = control;
      return <Textarea {...rest} {...aria} />;
    }
    case "select": {
      const { kind: _, options, ...rest } = control;
      return (
        <Select {...rest} {...aria}>
          {options.map((option) => (
            <SelectOption key={option.value} value={option.value}>
              {option.label}
            </SelectOption>
          ))}
        </Select>
      );
    }
    case "checkbox": {
      const { kind: _, ...rest } = control;
      return <Checkbox {...rest} {...aria} />;
    }
    case "file": {
      const { kind: _, ...rest } = control;
      const { invalid, ...attributes } = aria;
      return <input {...rest} {...attributes} aria-invalid={invalid || undefined} type="file" />;
    }
    default: {
      const { kind: _, ...rest } = control;
      return <Textbox type="text" {...rest} {...aria} />;
    }
  }
}

export function Field({ id, label, description, error, optional, control }: FieldProps) {
  const descriptionId = `${id}-uitleg`;
  const errorId = `${id}-fout`;
  const describedBy = [description && descriptionId, error && errorId].filter(Boolean).join(" ");
  const aria = { id, invalid: Boolean(error), ...(describedBy ? { "aria-describedby": describedBy } : {}) };
  const checkbox = control.kind === "checkbox";
  const input = renderControl(control, aria);
  return (
    <FormField
      type={checkbox ? "checkbox" : "text"}
      invalid={Boolean(error)}
      label={
        <FormLabel htmlFor={id} {...(checkbox ? { type: "checkbox" as const } : {})}>
          {label}
          {optional && " (niet verplicht)"}
        </FormLabel>
      }
      description={description && <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription>}
      errorMessage={error && <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage>}
      input={input}
    />
  );
}
