import { z } from "zod";
import { limits } from "./limits.ts";
import { evaluationKinds, proposedDecisions } from "./options.ts";
import { PERIOD_PATTERN } from "./period.ts";
import { choice, decimal, recordId, requiredDate, requiredText, text, wholeNumber } from "./form-fields.ts";

/**
 * The evaluation form, the learning card: what was measured, observed and learned, and what the
 * evaluation proposes. The form, the server action and the seed parse with this one schema.
 */

/**
 * A comparison group is both a value and a size, or neither (PocketBase refuses the same:
 * pocketbase/pb_hooks/lib/measurement-comparison.js, tests/integration/domain-matches-pocketbase.test.ts).
 */
export const comparisonMessages = {
  comparison_sample_size: "Vul ook het aantal deelnemers in de vergelijkingsgroep in, of laat beide velden leeg.",
  comparison_value: "Vul ook de waarde van de vergelijkingsgroep in, of laat beide velden leeg.",
} as const;

/**
 * One row per open hypothesis; a row left without a value was not measured this time. The
 * comparison group (optional) is the same indicator measured in people who did not take part: the
 * evidence ladder's goede aanwijzingen.
 */
export const MeasurementRowSchema = z
  .object({
    hypothesis: recordId,
    value: z.string().trim(),
    sample_size: z.string().trim(),
    period: z.string().trim(),
    comparison_value: z.string().trim().default(""),
    comparison_sample_size: z.string().trim().default(""),
  })
  .transform((row, ctx) => {
    const compared = row.comparison_value !== "" || row.comparison_sample_size !== "";
    if (row.value === "") {
      if (compared)
        ctx.addIssue({ code: "custom", path: ["value"], message: "Vul ook de gemeten waarde in, of laat de vergelijkingsgroep leeg." });
      return compared ? z.NEVER : null;
    }
    const value = decimal("de gemeten waarde").safeParse(row.value);
    const sampleSize = wholeNumber("het aantal deelnemers in de meting", 1, 10_000_000).safeParse(row.sample_size);
    if (!value.success) ctx.addIssue({ code: "custom", path: ["value"], message: value.error.issues[0]!.message });
    if (!sampleSize.success) ctx.addIssue({ code: "custom", path: ["sample_size"], message: sampleSize.error.issues[0]!.message });
    if (!PERIOD_PATTERN.test(row.period)) ctx.addIssue({ code: "custom", path: ["period"], message: "Kies de maand van de meting." });
    const comparison = compared ? comparisonOf(row.comparison_value, row.comparison_sample_size, ctx) : undefined;
    if (!value.success || !sampleSize.success || !PERIOD_PATTERN.test(row.period) || comparison === null) return z.NEVER;
    // comparison stays undefined without a comparison group.
    return { hypothesis: row.hypothesis, value: value.data, sample_size: sampleSize.data, period: row.period, comparison };
  });

/** The comparison group of a row that has one, or null after adding its issues. */
function comparisonOf(valueText: string, sizeText: string, ctx: z.RefinementCtx): { value: number; sample_size: number } | null {
  if (valueText === "" || sizeText === "") {
    const missing = valueText === "" ? "comparison_value" : "comparison_sample_size";
    ctx.addIssue({ code: "custom", path: [missing], message: comparisonMessages[missing] });
    return null;
  }
  const value = decimal("de waarde van de vergelijkingsgroep").safeParse(valueText);
  const size = wholeNumber("het aantal deelnemers in de vergelijkingsgroep", 1, 10_000_000).safeParse(sizeText);
  if (!value.success) ctx.addIssue({ code: "custom", path: ["comparison_value"], message: value.error.issues[0]!.message });
  if (!size.success) ctx.addIssue({ code: "custom", path: ["comparison_sample_size"], message: size.error.issues[0]!.message });
  return value.success && size.success ? { value: value.data, sample_size: size.data } : null;
}

export const TestimonialRowSchema = z.object({
  quote: requiredText("het citaat", 1000, 5),
  /** A pseudonym such as "deelnemer A, 24 jaar"; never a real name. */
  label: requiredText("een schuilnaam", 60),
  /** PocketBase refuses a testimonial without it too (a required bool must be true). */
  consent: z.boolean().refine((given) => given, "Een citaat wordt alleen opgeslagen met toestemming van de deelnemer."),
});

export const EvaluationFormSchema = z.object({
  date: requiredDate("de datum van de evaluatie"),
  kind: choice(evaluationKinds.values, "Kies het soort evaluatie."),
  observations: requiredText("wat u heeft waargenomen", limits.longText, 10),
  what_worked: text(limits.longText),
  what_did_not: text(limits.longText),
  participants: z.string().transform((value, ctx) => {
    if (value.trim() === "") return 0;
    const parsed = wholeNumber("het aantal deelnemers", 0, 10_000_000).safeParse(value);
    if (!parsed.success) {
      ctx.addIssue({ code: "custom", message: parsed.error.issues[0]!.message });
      return z.NEVER;
    }
    return parsed.data;
  }),
  /** In the order of the form's rows; null where a hypothesis was not measured this time. */
  measurements: z.array(MeasurementRowSchema).max(limits.hypotheses),
  testimonials: z.array(TestimonialRowSchema).max(20, "Maximaal 20 citaten."),
  decision: choice(proposedDecisions.values, "Kies wat de evaluatie voorstelt."),
  rationale: requiredText("de onderbouwing van het voorstel", limits.longText, 10),
});

export type EvaluationFormInput = z.input<typeof EvaluationFormSchema>;
export type EvaluationForm = z.output<typeof EvaluationFormSchema>;
export type MeasurementRowInput = z.input<typeof MeasurementRowSchema>;
export type TestimonialRowInput = z.input<typeof TestimonialRowSchema>;

/** Attachments PocketBase accepts (evaluations.attachments): checked in the form to say so early. */
export const attachmentRules = {
  maxFiles: 5,
  maxBytes: 10 * 1024 * 1024,
  extensions: [".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".ods", ".png", ".jpg", ".jpeg", ".webp"],
} as const;

/** Dutch reasons a chosen file will be refused, or an empty list. */
export function attachmentProblems(files: ReadonlyArray<{ name: string; size: number }>): string[] {
  const problems: string[] = [];
  if (files.length > attachmentRules.maxFiles) problems.push(`Maximaal ${attachmentRules.maxFiles} bijlagen.`);
  for (const file of files) {
    const extension = file.name.slice(file.name.lastIndexOf(".")).toLowerCase();
    if (!(attachmentRules.extensions as readonly string[]).includes(extension)) {
      problems.push(`${file.name}: alleen pdf, Office-documenten en afbeeldingen (png, jpg, webp).`);
    } else if (file.size > attachmentRules.maxBytes) {
      problems.push(`${file.name}: groter dan 10 MB.`);
    }
  }
  return problems;
}

export const emptyEvaluationForm = (openHypotheses: readonly string[], today: string): EvaluationFormInput => ({
  date: today,
  kind: "tussentijds",
  observations: "",
  what_worked: "",
  what_did_not: "",
  participants: "",
  measurements: openHypotheses.map((hypothesis) => ({
    hypothesis,
    value: "",
    sample_size: "",
    period: today.slice(0, 7),
    comparison_value: "",
    comparison_sample_size: "",
  })),
  testimonials: [],
  decision: "doorgaan",
  rationale: "",
});
