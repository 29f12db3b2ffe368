import { defineAction } from "astro:actions";
import { z } from "zod";
import { PilotFormSchema } from "../domain/pilot.ts";
import { issuesToFieldErrors } from "../domain/field-errors.ts";
import { canWrite } from "../domain/options.ts";
import { savePilot, type SaveResult } from "../data/pilots.ts";

export const server = {
  /**
   * Saves the pilot form. The browser sends the values as typed; they are parsed here with the
   * same schema the form used, so a request that skips the form is held to the same rules, and
   * PocketBase's own rules decide last.
   */
  savePilot: defineAction({
    accept: "json",
    input: z.object({
      id: z.string().regex(/^[a-z0-9]{15}$/).optional(),
      form: z.unknown(),
    }),
    handler: async ({ id, form }, context): Promise<SaveResult> => {
      const { pb, user } = context.locals;
      if (!user) {
        return { ok: false, message: "U bent niet meer ingelogd. Log opnieuw in; uw invoer blijft staan.", fieldErrors: {}, retryable: false };
      }
      if (!canWrite(user.role)) {
        return { ok: false, message: "Alleen innovatiemanagers en directeuren kunnen pilots opslaan.", fieldErrors: {}, retryable: false };
      }
      const parsed = PilotFormSchema.safeParse(form);
      if (!parsed.success) {
        return {
          ok: false,
          message: "De pilot is niet opgeslagen: controleer de gemarkeerde velden.",
          fieldErrors: issuesToFieldErrors(parsed.error.issues),
          retryable: false,
        };
      }
      return savePilot(pb, { id, municipality: user.municipality, form: parsed.data });
    },
  }),
};
