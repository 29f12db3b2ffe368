import { z } from "zod";
import { domains, lessonKinds, principles, visibilities } from "./options.ts";
import { choice, recordId, requiredText, text } from "./form-fields.ts";
import { tagList } from "./tags.ts";
import { contactField } from "./contact-person.ts";

/**
 * A lesson learned. Research on lessons-learned databases: one-line statements without context are
 * never reused, so a lesson needs a body of some length and the context it came from.
 */
export const LessonFormSchema = z.object({
  title: requiredText("een titel", 200, 5),
  /** Markdown: what happened, why it matters, what another municipality should do with it. */
  body: requiredText("de les zelf", 20_000, 80).refine(
    (body) => body.split(/\s+/).filter(Boolean).length >= 15,
    "Beschrijf de les met context: wat gebeurde er, waarom werkte het (niet), en wat kan een andere gemeente ermee? (minstens 15 woorden)",
  ),
  kind: choice(lessonKinds.values, "Kies het soort les."),
  domain: choice(domains.values, "Kies een domein."),
  target_group: text(300),
  principles: z.array(choice(principles.values, "Onbekend principe.")).max(principles.values.length),
  tags: tagList,
  visibility: choice(visibilities.values, "Kies wie de les mag zien."),
  /** The pilot the lesson came from, if any (of the own municipality). */
  pilot: recordId.optional().or(z.literal("").transform(() => undefined)),
  /** Whom a peer can ask: an active account of the own municipality. */
  contact: contactField,
});

export type LessonFormInput = z.input<typeof LessonFormSchema>;
export type LessonForm = z.output<typeof LessonFormSchema>;

export const emptyLessonForm = (pilot?: { id: string; domain: LessonFormInput["domain"]; target_group: string }): LessonFormInput => ({
  title: "",
  body: "",
  kind: "werkzaam_element",
  domain: pilot?.domain ?? "wmo",
  target_group: pilot?.target_group ?? "",
  principles: [],
  tags: "",
  visibility: "network",
  pilot: pilot?.id ?? "",
});

/**
 * A lesson started from a pilot's end evaluation: what worked and what did not, and why, become the
 * draft the manager or directeur rewrites for other municipalities (the knowledge handover).
 */
export function lessonFromEvaluation(
  pilot: { id: string; title: string; domain: LessonFormInput["domain"]; target_group: string },
  evaluation: { what_worked: string; what_did_not: string; observations: string; rationale: string },
): LessonFormInput {
  const parts = [
    ["Wat werkte", evaluation.what_worked],
    ["Wat werkte niet", evaluation.what_did_not],
    ["Wat we zagen", evaluation.observations],
    ["Voorstel en onderbouwing", evaluation.rationale],
  ].filter(([, text]) => text?.trim());
  return {
    ...emptyLessonForm(pilot),
    title: `Les uit ${pilot.title}`.slice(0, 200),
    body: parts.map(([heading, text]) => `**${heading}:** ${text?.trim()}`).join("\n\n"),
  };
}

/** A comment: a question or an answer between municipalities. */
export const CommentFormSchema = z.object({
  body: requiredText("uw vraag of antwoord", 5000, 2),
});
