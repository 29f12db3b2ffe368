import type { PilotFormInput } from "../../src/domain/pilot.ts";
import type { Decision, EvidenceLevel, Province, Role } from "../../src/domain/options.ts";

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
  evidence_level?: EvidenceLevel;
};

export type DemoMunicipality = {
  name: string;
  cbs_code: string;
  province: Province;
  inhabitants: number;
  users: DemoUser[];
  pilots: DemoPilot[];
};
