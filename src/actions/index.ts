import { defineAction } from "astro:actions";
import { z } from "zod";
import { PilotFormSchema } from "../domain/pilot.ts";
import { issuesToFieldErrors } from "../domain/field-errors.ts";
import { canWrite } from "../domain/options.ts";
import { isRecordId, recordId } from "../domain/form-fields.ts";
import { savePilot, type SaveResult } from "../data/pilots.ts";
import { saveEvaluation, type SaveEvaluationResult } from "../data/evaluations.ts";
import { EvaluationFormSchema, attachmentProblems } from "../domain/evaluation.ts";
import type { SaveFailure } from "../data/errors.ts";

const signedOut: SaveFailure = {
  ok: false,
  message: "U bent niet meer ingelogd. Log opnieuw in; uw invoer blijft staan.",
  fieldErrors: {},
  retryable: false,
};
const notAWriter: SaveFailure = {
  ok: false,
  message: "Alleen innovatiemanagers en directeuren van de eigen gemeente kunnen dit opslaan.",
  fieldErrors: {},
  retryable: false,
};
const invalid = (subject: string, issues: Parameters<typeof issuesToFieldErrors>[0]): SaveFailure => ({
  ok: false,
  message: `${subject} is niet opgeslagen: controleer de gemarkeerde velden.`,
  fieldErrors: issuesToFieldErrors(issues),
  retryable: false,
});

export const server = {
  /**
   * Saves the pilot form. The browser sends the values as typed; they are parsed here with the
   * same schema the form used, so a request that skips the form is held to the same rules, and
   * PocketBase's own rules decide last.
   */
  savePilot: defineAction({
    accept: "json",
    input: z.object({
      id: recordId.optional(),
      /** The pilot's "updated" when the form was opened, to refuse overwriting someone else's save. */
      expectedUpdated: z.string().max(40).optional(),
      form: z.unknown(),
    }),
    handler: async ({ id, expectedUpdated, form }, context): Promise<SaveResult> => {
      const { pb, user } = context.locals;
      if (!user) return signedOut;
      if (!canWrite(user.role)) return notAWriter;
      const parsed = PilotFormSchema.safeParse(form);
      if (!parsed.success) return invalid("De pilot", parsed.error.issues);
      return savePilot(pb, { id, municipality: user.municipality, form: parsed.data, expectedUpdated });
    },
  }),

  /**
   * Saves an evaluation. Sent as multipart form data: the typed values as JSON in "payload",
   * the chosen files as "attachments". PocketBase checks the files' type and size again.
   */
  saveEvaluation: defineAction({
    accept: "form",
    handler: async (formData, context): Promise<SaveEvaluationResult> => {
      const { pb, user } = context.locals;
      if (!user) return signedOut;
      if (!canWrite(user.role)) return notAWriter;
      const pilotId = String(formData.get("pilot") ?? "");
      if (!isRecordId(pilotId)) return { ...notAWriter, message: "Onbekende pilot." };
      let payload: unknown;
      try {
        payload = JSON.parse(String(formData.get("payload") ?? ""));
      } catch {
        return { ok: false, message: "Het formulier kwam onvolledig aan. Probeer het opnieuw.", fieldErrors: {}, retryable: true };
      }
      const parsed = EvaluationFormSchema.safeParse(payload);
      if (!parsed.success) return invalid("De evaluatie", parsed.error.issues);
      const attachments = formData.getAll("attachments").filter((file): file is File => file instanceof File && file.size > 0);
      const fileProblems = attachmentProblems(attachments);
      if (fileProblems.length > 0) {
        return {
          ok: false,
          message: "De evaluatie is niet opgeslagen: controleer de bijlagen.",
          fieldErrors: { attachments: fileProblems.join(" ") },
          retryable: false,
        };
      }
      return saveEvaluation(pb, { pilotId, form: parsed.data, attachments });
    },
  }),
};
