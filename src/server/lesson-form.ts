import { LessonFormSchema, type LessonForm, type LessonFormInput } from "../domain/lesson.ts";
import { issuesToFieldErrors } from "../domain/field-errors.ts";

export type LessonFormValues = Required<Omit<LessonFormInput, "pilot">> & { pilot: string };

/** The posted lesson form as typed (to show it again) and, when valid, parsed. */
export function readLessonForm(form: FormData): { values: LessonFormValues; parsed: LessonForm | null; errors: Record<string, string> } {
  const text = (name: string) => String(form.get(name) ?? "");
  const values = {
    title: text("title"),
    body: text("body"),
    kind: text("kind"),
    domain: text("domain"),
    target_group: text("target_group"),
    principles: form.getAll("principles").map(String),
    tags: text("tags"),
    visibility: text("visibility"),
    pilot: text("pilot"),
  } as LessonFormValues;
  const result = LessonFormSchema.safeParse(values);
  return result.success ? { values, parsed: result.data, errors: {} } : { values, parsed: null, errors: issuesToFieldErrors(result.error.issues) };
}
