import { PilotFormSchema, type PilotForm } from "./pilot.ts";
import type { StoredHypothesis, StoredPilot, StoredRisk } from "./pilot-form-values.ts";
import type { Stage } from "./options.ts";
import { PLANNING_STAGES } from "./evidence-ladder.ts";

/**
 * What a municipality takes over when it adopts a pilot: the problem, the target group, the theory
 * of change, the hypotheses (without measurements or verdicts) and the risks with their
 * mitigations. Not the budget, evaluations, testimonials or partners: those belong to the
 * original's municipality. The copy starts private, in the design stage, and so on no level of the
 * evidence ladder. Its hypotheses come in the original's order: the caller links the i-th copy to
 * the i-th original (hypotheses.adopted_from), which is how an adopter's confirmation counts as a
 * replication of the original.
 */
const SUFFIX = " (overgenomen)";

export function adoptionCopy(original: StoredPilot, hypotheses: readonly StoredHypothesis[], risks: readonly StoredRisk[]): PilotForm {
  return {
    // The original's title is shortened, never the suffix: the copy must say it is one.
    title: `${original.title.slice(0, 200 - SUFFIX.length).trimEnd()}${SUFFIX}`,
    summary: original.summary,
    problem: original.problem,
    target_group: original.target_group,
    theory_of_change: original.theory_of_change ?? "",
    domain: original.domain,
    principles: [...original.principles],
    stage: "ontwerp",
    visibility: "private",
    start_date: "",
    end_date: "",
    tags: [...(original.tags ?? [])],
    partners: [],
    hypotheses: hypotheses.map((h) => ({
      id: undefined,
      statement: h.statement,
      indicator: h.indicator,
      indicator_ref: h.indicator_ref ?? "",
      unit: h.unit,
      direction: h.direction,
      baseline: h.baseline,
      target: h.target,
      measure_by: "",
    })),
    budget_lines: [],
    risks: risks.map((r) => ({
      id: undefined,
      title: r.title,
      category: r.category,
      likelihood: r.likelihood,
      impact: r.impact,
      mitigation: r.mitigation,
      owner: "",
      status: "open",
    })),
  };
}

/** What the pilot form and page of a copy say up front. */
export const LOCAL_FACTS_NOTICE = "Vervang de doelgroep en nulmetingen door die van uw gemeente voordat de pilot in uitvoering gaat.";

/**
 * The messages of pocketbase/pb_hooks/lib/adoption-local-facts.js, which refuses a copy entering
 * practice with the original's target group or baselines (tests/integration/domain-matches-pocketbase.test.ts).
 */
export const localFactsMessages = {
  stage: "Deze pilot is overgenomen: vervang eerst de doelgroep en de nulmetingen door die van uw gemeente, dan kan hij in uitvoering.",
  target_group: "Dit is nog de doelgroep van de oorspronkelijke pilot: beschrijf de doelgroep in uw gemeente.",
  hypotheses: "Nog de nulmeting van de oorspronkelijke pilot bij: ",
  baseline: "Dit is nog de nulmeting van de oorspronkelijke pilot: vul de nulmeting van uw gemeente in.",
} as const;

/** The original's local facts, as far as the adopter may read them: baselines by the copy's hypothesis id. */
export type OriginalFacts = { target_group: string; baselines: Readonly<Record<string, number>> };

type Issue = { path: Array<string | number>; message: string };
const sameText = (a: string, b: string) => a.trim().replace(/\s+/g, " ").toLowerCase() === b.trim().replace(/\s+/g, " ").toLowerCase();

/**
 * Why a copy may not enter practice yet: moving from `storedStage` (idee or ontwerp) to a later stage
 * with the original's target group or a copied hypothesis's baseline. Empty when it may.
 */
export function localFactsIssues(
  form: { stage: Stage; target_group: string; hypotheses: ReadonlyArray<{ id?: string | undefined; baseline: number }> },
  storedStage: Stage,
  original: OriginalFacts,
): Issue[] {
  if (PLANNING_STAGES.includes(form.stage) || !PLANNING_STAGES.includes(storedStage)) return [];
  const issues: Issue[] = [];
  if (sameText(form.target_group, original.target_group)) issues.push({ path: ["target_group"], message: localFactsMessages.target_group });
  form.hypotheses.forEach((row, index) => {
    const baseline = row.id === undefined ? undefined : original.baselines[row.id];
    if (baseline !== undefined && baseline === row.baseline)
      issues.push({ path: ["hypotheses", index, "baseline"], message: localFactsMessages.baseline });
  });
  return issues.length > 0 ? [{ path: ["stage"], message: localFactsMessages.stage }, ...issues] : [];
}

/** The pilot form's schema for a copy whose original the adopter can read: PocketBase's refusal, said at the fields. */
export const adoptedPilotFormSchema = (storedStage: Stage, original: OriginalFacts) =>
  PilotFormSchema.superRefine((form, ctx) => {
    for (const issue of localFactsIssues(form, storedStage, original)) ctx.addIssue({ code: "custom", ...issue });
  });
