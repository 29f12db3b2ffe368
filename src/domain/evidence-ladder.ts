import type { EvidenceLevel, Stage } from "./options.ts";
import { MIN_SAMPLE_SIZE } from "./suppression.ts";
import { MIN_MEASUREMENTS } from "./verdict.ts";

/**
 * The Dutch recognition scale for social interventions, as far as a pilot's own records can show
 * it: goed beschreven → goed onderbouwd → effectief (eerste, goede, sterke aanwijzingen). Each level
 * requires what its name says, never a checkbox. PocketBase stores the level (pilots.evidence_level)
 * with the same rule in pocketbase/pb_hooks/lib/evidence-level.js, in every write's transaction;
 * the pilot page uses this one to tell the owner what is missing.
 * tests/integration/domain-matches-pocketbase.test.ts compares the two.
 */

/** The recognition system describes practice, not plans: no level in these stages. */
export const PLANNING_STAGES: readonly Stage[] = ["idee", "ontwerp"];
/** A theory of change worth the name: why the approach should lead to the effect. */
export const MIN_THEORY_OF_CHANGE = 100;

export type EvidenceFacts = {
  /** Past idee and ontwerp: the pilot is being carried out. */
  inPractice: boolean;
  /** Summary, problem and target group are filled in. */
  described: boolean;
  /** Hypotheses with an indicator, a baseline and a target that differs from it. */
  hypotheses: number;
  /** A theory of change of MIN_THEORY_OF_CHANGE characters or more. */
  theoryOfChange: boolean;
  /** Hypotheses confirmed and measured MIN_MEASUREMENTS times with MIN_SAMPLE_SIZE or more: the same hypothesis. */
  confirmedMeasured: number;
  /** Of those, hypotheses with a measurement against a comparison group of MIN_SAMPLE_SIZE or more. */
  compared: number;
  /** Confirmed hypotheses that an adopter in another municipality confirmed too, by the same standard. */
  replicated: number;
};

export type EvidenceAssessment = {
  /** null: not on the ladder (a plan, or not yet described). */
  level: EvidenceLevel | null;
  /** What is still missing to climb one step, in Dutch; empty at the top. */
  missing: string[];
};

export function assessEvidence(facts: EvidenceFacts): EvidenceAssessment {
  const steps: Array<{ level: EvidenceLevel; missing: string[] }> = [
    {
      level: "goed_beschreven",
      missing: [
        ...(facts.inPractice ? [] : ["Zet de pilot in uitvoering: de erkenningsniveaus beschrijven de praktijk, geen plannen."]),
        ...(facts.described ? [] : ["Beschrijf de samenvatting, het probleem en de doelgroep."]),
        ...(facts.hypotheses > 0 ? [] : ["Leg minstens één hypothese vast met indicator, nulmeting en een andere streefwaarde."]),
      ],
    },
    {
      level: "goed_onderbouwd",
      missing: facts.theoryOfChange
        ? []
        : [`Beschrijf de veranderingstheorie (minstens ${MIN_THEORY_OF_CHANGE} tekens): waarom leidt de aanpak tot het beoogde effect?`],
    },
    {
      level: "eerste_aanwijzingen",
      missing:
        facts.confirmedMeasured > 0
          ? []
          : [
              `Meet een hypothese minstens ${MIN_MEASUREMENTS} keer met ${MIN_SAMPLE_SIZE} of meer deelnemers en bevestig dezelfde hypothese met die metingen.`,
            ],
    },
    {
      level: "goede_aanwijzingen",
      missing:
        facts.compared > 0
          ? []
          : [`Meet bij een bevestigde hypothese ook een vergelijkingsgroep van ${MIN_SAMPLE_SIZE} of meer deelnemers die niet meededen.`],
    },
    {
      level: "sterke_aanwijzingen",
      missing:
        facts.replicated > 0
          ? []
          : ["Een andere gemeente neemt de pilot over en bevestigt dezelfde hypothese met eigen metingen (een herhaling)."],
    },
  ];
  let level: EvidenceLevel | null = null;
  for (const step of steps) {
    if (step.missing.length > 0) return { level, missing: step.missing };
    level = step.level;
  }
  return { level, missing: [] };
}

type Measured = { hypothesis: string; sample_size: number | null; small_sample: boolean; comparison_sample_size: number | null };

const large = (size: number | null) => size !== null && size >= MIN_SAMPLE_SIZE;

/** The hypotheses confirmed and measured often enough; with `compared`, also against a large enough comparison group. */
function confirmedMeasured<H extends { id: string; verdict: string }>(
  hypotheses: readonly H[],
  measurements: readonly Measured[],
  compared: boolean,
): H[] {
  const usable = measurements.filter((m) => !m.small_sample && large(m.sample_size));
  return hypotheses.filter((h) => {
    const own = usable.filter((m) => m.hypothesis === h.id);
    if (h.verdict !== "bevestigd" || own.length < MIN_MEASUREMENTS) return false;
    return !compared || own.some((m) => large(m.comparison_sample_size));
  });
}

/**
 * The facts the ladder needs, read from a pilot's records. `replicated`: the ids of its hypotheses
 * that an adopter in another municipality confirmed (PocketBase knows; the copies are usually private).
 */
export function evidenceFactsOf(
  pilot: { stage: Stage; summary: string; problem: string; target_group: string; theory_of_change: string },
  hypotheses: ReadonlyArray<{ id: string; indicator: string; baseline: number; target: number; verdict: string }>,
  measurements: readonly Measured[],
  replicated: readonly string[],
): EvidenceFacts {
  const measured = confirmedMeasured(hypotheses, measurements, false);
  return {
    inPractice: !PLANNING_STAGES.includes(pilot.stage),
    described: [pilot.summary, pilot.problem, pilot.target_group].every((field) => field.trim().length > 0),
    hypotheses: hypotheses.filter((h) => h.indicator.trim().length > 0 && h.baseline !== h.target).length,
    theoryOfChange: pilot.theory_of_change.trim().length >= MIN_THEORY_OF_CHANGE,
    confirmedMeasured: measured.length,
    compared: confirmedMeasured(measured, measurements, true).length,
    replicated: hypotheses.filter((h) => h.verdict === "bevestigd" && replicated.includes(h.id)).length,
  };
}
