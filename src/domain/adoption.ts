import type { PilotForm } from "./pilot.ts";
import type { StoredHypothesis, StoredPilot, StoredRisk } from "./pilot-form-values.ts";

/**
 * What a municipality takes over when it adopts a pilot: the problem, the target group, the
 * hypotheses (without measurements or verdicts) and the risks with their mitigations. Not the
 * budget, evaluations, testimonials or partners: those belong to the original's municipality.
 * The copy starts private, in the design stage.
 */
const SUFFIX = " (overgenomen)";

export function adoptionCopy(original: StoredPilot, hypotheses: readonly StoredHypothesis[], risks: readonly StoredRisk[]): PilotForm {
  return {
    // The original's title is shortened, never the suffix: the copy must say it is one.
    title: `${original.title.slice(0, 200 - SUFFIX.length).trimEnd()}${SUFFIX}`,
    summary: original.summary,
    problem: original.problem,
    target_group: original.target_group,
    domain: original.domain,
    principles: [...original.principles],
    stage: "ontwerp",
    visibility: "private",
    start_date: "",
    end_date: "",
    tags: [...(original.tags ?? [])],
    comparison_group: false,
    independent_replication: false,
    partners: [],
    hypotheses: hypotheses.map((h) => ({
      id: undefined,
      statement: h.statement,
      indicator: h.indicator,
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
