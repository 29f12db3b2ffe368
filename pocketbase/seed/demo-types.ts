import type { PilotFormInput } from "../../src/domain/pilot.ts";
import type { EvaluationFormInput, MeasurementRowInput } from "../../src/domain/evaluation.ts";
import type { Decision, Province, Role, Verdict } from "../../src/domain/options.ts";

/** Every demo account signs in with this password; the README lists the accounts. */
export const demoPassword = "proeftuin-demo";

export type DemoUser = { email: string; name: string; role: Role };

/**
 * A demo pilot is written as a person would type it into the pilot form (amounts "500.000",
 * decimals "72,5", dates "2026-03-01"), so the seed goes through the same schema as the form.
 * A stage-gate decision, recorded by a directeur, may be added.
 */
export type DemoPilot = PilotFormInput & {
  decision?: Decision;
  decision_rationale?: string;
  /** Required with decision "stoppen". */
  stop_reason?: string;
  comparison_group?: boolean;
  /** Evaluations in date order; a pilot in stage "besluit" needs an "eind" one. */
  evaluations?: DemoEvaluation[];
  /** Verdicts the manager recorded, by hypothesis position. */
  verdicts?: Array<{ hypothesis: number; verdict: Verdict; verdict_reason?: string }>;
};

export type DemoMunicipality = {
  name: string;
  cbs_code: string;
  province: Province;
  inhabitants: number;
  users: DemoUser[];
  pilots: DemoPilot[];
};

/**
 * An evaluation as typed into the evaluation form, with each measurement pointing at its
 * hypothesis by position in the pilot's `hypotheses` list (ids do not exist before seeding).
 */
export type DemoEvaluation = Omit<EvaluationFormInput, "measurements"> & {
  measurements: Array<Omit<MeasurementRowInput, "hypothesis"> & { hypothesis: number }>;
};
