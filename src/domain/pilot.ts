import { z } from "zod";
import { limits } from "./limits.ts";
import { readEuros, negativeAmountMessage, MAX_CENTS } from "./money.ts";
import { choice, decimal, optionalDate, recordId, requiredText, rowId, text } from "./form-fields.ts";
import { tagList } from "./tags.ts";
import { targetProblem } from "./hypothesis-target.ts";
import { directions, domains, fundingSources, principles, riskCategories, riskStatuses, stages, visibilities } from "./options.ts";
import { dutchToday } from "./dutch-today.ts";
import { contactField } from "./contact-person.ts";

/**
 * The pilot form: what an innovation manager registers. Inputs are strings as the browser gives
 * them (amounts "250.000", decimals "72,5", dates "2026-03-01"); the parsed output is what is
 * stored. The form (zodResolver), the server action and the seed all parse with this one schema.
 */

/** An optional euro amount as typed (Dutch notation) to cents; empty is 0. */
export const euros = (what: string) =>
  z.string().transform((value, ctx) => {
    if (value.trim() === "") return 0;
    const reading = readEuros(value);
    if (!reading.ok) {
      const message =
        reading.problem === "negatief"
          ? negativeAmountMessage(what)
          : `Vul ${what} in euro's in, bijvoorbeeld 250.000, € 250.000,- of 1.250,50.`;
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    }
    const cents = reading.cents;
    if (cents > MAX_CENTS) {
      ctx.addIssue({ code: "custom", message: "Dit bedrag is groter dan één miljard euro." });
      return z.NEVER;
    }
    return cents;
  });

const scale = (what: string) =>
  z.string().transform((value, ctx) => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < 1 || number > 5) {
      ctx.addIssue({ code: "custom", message: `Kies ${what} van 1 tot en met 5.` });
      return z.NEVER;
    }
    return number;
  });

export const HypothesisRowSchema = z
  .object({
    id: rowId,
    /** "Als wij … voor …, dan verwachten wij …" */
    statement: requiredText("de hypothese", limits.summary, 10),
    /** What is measured, e.g. "aantal uitkeringsaanvragen per jaar". */
    indicator: requiredText("de indicator", limits.shortText),
    /** The catalogue indicator chosen from the suggestions, or "" for a free-text indicator. */
    indicator_ref: recordId.or(z.literal("")).default(""),
    /** Unit of the indicator: "aanvragen", "%", "euro". */
    unit: text(40),
    direction: choice(directions.values, "Kies of hoger of lager beter is."),
    /** Value before the pilot. */
    baseline: decimal("de nulmeting"),
    /** Value that counts as success. */
    target: decimal("de streefwaarde"),
    /** Date by which the target should be reached. */
    measure_by: optionalDate,
  })
  .superRefine((row, ctx) => {
    const problem = targetProblem(row);
    if (problem) ctx.addIssue({ code: "custom", path: ["target"], message: problem });
  });

/** A year of a budget or effects row, as the form posts it. */
export const yearField = z.string().transform((value, ctx) => {
  const year = Number(value);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    ctx.addIssue({ code: "custom", message: "Vul een jaar in tussen 2000 en 2100." });
    return z.NEVER;
  }
  return year;
});

export const BudgetLineRowSchema = z.object({
  id: rowId,
  source: choice(fundingSources.values, "Kies een financieringsbron."),
  year: yearField,
  planned_cents: euros("het begrote bedrag"),
  spent_cents: euros("het uitgegeven bedrag"),
  /** When the funder expects a report (subsidies), or empty. */
  reporting_deadline: optionalDate,
});

export const RiskRowSchema = z.object({
  id: rowId,
  title: requiredText("het risico", limits.shortText, 3),
  category: choice(riskCategories.values, "Kies een categorie."),
  likelihood: scale("de kans"),
  impact: scale("de impact"),
  /** What is done to make the risk smaller. */
  mitigation: text(limits.summary),
  /** Who watches this risk. */
  owner: text(120),
  status: choice(riskStatuses.values, "Kies een status."),
});

export const PartnerSchema = z.object({
  name: requiredText("de naam van de partner", 120),
  role: text(200),
});

export const PilotFormSchema = z
  .object({
    title: requiredText("een titel", limits.title, 3),
    /** One paragraph that tells a peer what the pilot is. */
    summary: requiredText("een korte samenvatting", limits.summary, 10),
    /** The social problem the pilot addresses. */
    problem: requiredText("het probleem", limits.longText, 10),
    target_group: requiredText("de doelgroep", limits.shortText),
    domain: choice(domains.values, "Kies een domein."),
    principles: z.array(choice(principles.values, "Onbekend principe.")).max(principles.values.length),
    stage: choice(stages.values, "Kies een fase."),
    visibility: choice(visibilities.values, "Kies wie de pilot mag zien."),
    start_date: optionalDate,
    end_date: optionalDate,
    /** Comma-separated in the form, a list once parsed. */
    tags: tagList,
    /** Why the approach should lead to the hypotheses' effect: the evidence ladder's goed onderbouwd. */
    theory_of_change: text(limits.theoryOfChange).default(""),
    partners: z.array(PartnerSchema).max(limits.partners, `Maximaal ${limits.partners} partners.`),
    hypotheses: z.array(HypothesisRowSchema).max(limits.hypotheses, `Maximaal ${limits.hypotheses} hypothesen.`),
    budget_lines: z.array(BudgetLineRowSchema).max(limits.budgetLines, `Maximaal ${limits.budgetLines} begrotingsregels.`),
    risks: z.array(RiskRowSchema).max(limits.risks, `Maximaal ${limits.risks} risico's.`),
    /** Whom a peer can ask: an active account of the own municipality. */
    contact: contactField,
    /**
     * The named intervention it tries, by name: an existing one, or a new one registered on save.
     * Left out (undefined) by a save that does not touch it, such as an adoption or the demo seed.
     */
    intervention: z
      .string()
      .trim()
      .max(200, "Een interventie heeft een naam van hoogstens 200 tekens.")
      .refine((name) => name === "" || name.length >= 3, "Een interventie heeft een naam van minstens 3 tekens.")
      .optional(),
    /** A new intervention's short description; an existing one keeps its own. */
    intervention_description: z.string().trim().max(2000, "Maximaal 2000 tekens.").optional(),
  })
  .superRefine(
    (pilot, ctx) => {
      if (pilot.start_date && pilot.end_date && pilot.end_date < pilot.start_date) {
        ctx.addIssue({ code: "custom", path: ["end_date"], message: "De einddatum ligt vóór de startdatum." });
      }
    },
    // Also when another field is refused, so the first submit lists every error at once.
    { when: ({ value }) => typeof value === "object" && value !== null },
  );

/** What the browser sends: every value as typed. */
export type PilotFormInput = z.input<typeof PilotFormSchema>;
/** What is stored: amounts in cents, numbers as numbers, tags as a list. */
export type PilotForm = z.output<typeof PilotFormSchema>;
export type Partner = z.output<typeof PartnerSchema>;

export const emptyHypothesis = (): z.input<typeof HypothesisRowSchema> => ({
  statement: "",
  indicator: "",
  indicator_ref: "",
  unit: "",
  direction: "omhoog",
  baseline: "",
  target: "",
  measure_by: "",
});
export const emptyBudgetLine = (year = Number(dutchToday().slice(0, 4))): z.input<typeof BudgetLineRowSchema> => ({
  source: "gemeente",
  year: String(year),
  planned_cents: "",
  spent_cents: "",
  reporting_deadline: "",
});
export const emptyRisk = (): z.input<typeof RiskRowSchema> => ({
  title: "",
  category: "beperkte_resultaten",
  likelihood: "3",
  impact: "3",
  mitigation: "",
  owner: "",
  status: "open",
});
export const emptyPartner = (): z.input<typeof PartnerSchema> => ({ name: "", role: "" });

export const emptyPilotForm = (): PilotFormInput => ({
  title: "",
  summary: "",
  problem: "",
  target_group: "",
  domain: "wmo",
  principles: [],
  stage: "idee",
  visibility: "private",
  start_date: "",
  end_date: "",
  tags: "",
  theory_of_change: "",
  partners: [],
  hypotheses: [emptyHypothesis()],
  budget_lines: [emptyBudgetLine()],
  risks: [emptyRisk()],
});
