import type { EvidenceLevel } from "./options.ts";
import { isSmallSample } from "./suppression.ts";
import { MIN_MEASUREMENTS } from "./verdict.ts";

/**
 * The Dutch recognition scale for social interventions, as far as a pilot's own records can show
 * it: goed beschreven → goed onderbouwd → effectief (eerste, goede, sterke aanwijzingen).
 * PocketBase stores the level (pilots.evidence_level) with the same rule in
 * pocketbase/pb_hooks/lib/evidence-level.js, in every write's transaction; the pilot page uses this
 * one to tell the owner what is missing. tests/integration/domain-matches-pocketbase.test.ts
 * compares the two.
 */
export type EvidenceFacts = {
  /** Summary, problem and target group are filled in. */
  described: boolean;
  /** Hypotheses with an indicator, baseline and target: the pilot's theory of change. */
  hypotheses: number;
  /** Hypotheses with enough measurements from large enough samples to judge. */
  measuredHypotheses: number;
  /** Hypotheses whose verdict the manager recorded as bevestigd. */
  confirmedHypotheses: number;
  /** The effect was compared with a group that did not take part. */
  comparisonGroup: boolean;
  /** Another municipality repeated the pilot independently and found the effect too. */
  independentReplication: boolean;
};

export type EvidenceAssessment = {
  /** null: not yet well described, so not on the ladder at all. */
  level: EvidenceLevel | null;
  /** What is still missing to climb one step, in Dutch; empty at the top. */
  missing: string[];
};

export function assessEvidence(facts: EvidenceFacts): EvidenceAssessment {
  const steps: Array<{ level: EvidenceLevel; missing: string[] }> = [
    { level: "goed_beschreven", missing: facts.described ? [] : ["Beschrijf de samenvatting, het probleem en de doelgroep."] },
    {
      level: "goed_onderbouwd",
      missing: facts.hypotheses > 0 ? [] : ["Leg minstens één hypothese vast met indicator, nulmeting en streefwaarde."],
    },
    {
      level: "eerste_aanwijzingen",
      missing: [
        ...(facts.measuredHypotheses > 0 ? [] : ["Meet een hypothese minstens twee keer met een steekproef van 10 of meer."]),
        ...(facts.confirmedHypotheses > 0 ? [] : ["Bevestig minstens één hypothese met de metingen."]),
      ],
    },
    { level: "goede_aanwijzingen", missing: facts.comparisonGroup ? [] : ["Vergelijk de resultaten met een vergelijkingsgroep."] },
    {
      level: "sterke_aanwijzingen",
      missing: facts.independentReplication ? [] : ["Laat een andere gemeente de pilot onafhankelijk herhalen."],
    },
  ];
  let level: EvidenceLevel | null = null;
  for (const step of steps) {
    if (step.missing.length > 0) return { level, missing: step.missing };
    level = step.level;
  }
  return { level, missing: [] };
}

/** The facts the ladder needs, read from a pilot's records. */
export function evidenceFactsOf(
  pilot: { summary: string; problem: string; target_group: string; comparison_group: boolean; independent_replication: boolean },
  hypotheses: ReadonlyArray<{ id: string; indicator: string; verdict: string }>,
  measurements: ReadonlyArray<{ hypothesis: string; sample_size: number | null; small_sample: boolean }>,
): EvidenceFacts {
  const usable = (id: string) =>
    measurements.filter((m) => m.hypothesis === id && !m.small_sample && m.sample_size !== null && !isSmallSample(m.sample_size)).length;
  return {
    described: [pilot.summary, pilot.problem, pilot.target_group].every((field) => field.trim().length > 0),
    hypotheses: hypotheses.filter((h) => h.indicator.trim().length > 0).length,
    measuredHypotheses: hypotheses.filter((h) => usable(h.id) >= MIN_MEASUREMENTS).length,
    confirmedHypotheses: hypotheses.filter((h) => h.verdict === "bevestigd").length,
    comparisonGroup: pilot.comparison_group,
    independentReplication: pilot.independent_replication,
  };
}
