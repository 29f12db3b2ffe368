import type { AstroGlobal } from "astro";
import { LessonFormSchema, type LessonForm, type LessonFormInput } from "../domain/lesson.ts";
import { saveLesson } from "../data/lessons.ts";
import { fieldId, issuesToFieldErrors } from "../domain/field-errors.ts";

export type LessonFormValues = Required<Omit<LessonFormInput, "pilot" | "contact">> & { pilot: string; contact: string };

/** The posted lesson form as typed (to show it again) and, when valid, parsed. */
function readLessonForm(form: FormData): { values: LessonFormValues; parsed: LessonForm | null; errors: Record<string, string> } {
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
    contact: text("contact"),
  } as LessonFormValues;
  const result = LessonFormSchema.safeParse(values);
  return result.success
    ? { values, parsed: result.data, errors: {} }
    : { values, parsed: null, errors: issuesToFieldErrors(result.error.issues) };
}

/** The lesson form's fields in the order LessonFormFields renders them: the error summary's order. */
export const LESSON_FIELD_IDS = [
  "title",
  "body",
  "kind",
  "domain",
  "visibility",
  "pilot",
  "contact",
  "target_group",
  "principles",
  "tags",
].map(fieldId);

export type LessonSubmission = { values: LessonFormValues; errors: Record<string, string>; failure: string };

/**
 * Handles a posted lesson form (new or edit): on success a redirect to the lesson; otherwise the
 * typed values come back with the reasons, next to the fields.
 */
export async function submitLesson(
  astro: AstroGlobal,
  target: { id?: string; municipality: string; author: string },
): Promise<Response | LessonSubmission> {
  const form = readLessonForm(await astro.request.formData());
  astro.response.status = 400;
  if (!form.parsed)
    return { values: form.values, errors: form.errors, failure: "De les is niet opgeslagen: controleer de gemarkeerde velden." };
  const result = await saveLesson(astro.locals.pb, { ...target, form: form.parsed });
  if (!result.ok) return { values: form.values, errors: result.fieldErrors, failure: result.message };
  astro.response.status = 200;
  return astro.redirect(`/lessen/${result.id}?opgeslagen=1`, 303);
}
