import type { TypedPocketBase } from "../data/client.ts";
import { savePilot } from "../data/pilots.ts";
import { recordDecision, recordVerdict, saveEvaluation } from "../data/evaluations.ts";
import { PilotFormSchema } from "../domain/pilot.ts";
import { EvaluationFormSchema } from "../domain/evaluation.ts";
import { DecisionFormSchema, VerdictFormSchema } from "../domain/stage-gate.ts";
import { demoPassword, type DemoMunicipality, type DemoPilot } from "./demo/demo-types.ts";

import { seedLearningNetwork } from "./seed-learning.ts";
import { findFirst } from "../data/find-first.ts";

export type SeedCounts = { municipalities: number; users: number; pilots: number; lessons: number; comments: number; adoptions: number };

/** True when every demo municipality is there; the municipalities list is public, so no login is needed. */
export async function isDemoSeeded(pb: TypedPocketBase, network: readonly DemoMunicipality[]): Promise<boolean> {
  const codes = network.map((municipality) => municipality.cbs_code);
  const filter = codes.map((_, i) => `cbs_code = {:c${i}}`).join(" || ");
  const params = Object.fromEntries(codes.map((code, i) => [`c${i}`, code]));
  const found = await pb.collection("municipalities").getFullList({ filter: pb.filter(filter, params), fields: "id" });
  return found.length === codes.length;
}

/**
 * Loads the demo network with a superuser client. Each municipality, account and pilot is looked
 * up by its natural key first (CBS code, e-mail, title), so running it again adds only what is
 * missing and changes nothing that is there.
 */
export async function seedDemoNetwork(pb: TypedPocketBase, network: readonly DemoMunicipality[]): Promise<SeedCounts> {
  const counts: SeedCounts = { municipalities: 0, users: 0, pilots: 0, lessons: 0, comments: 0, adoptions: 0 };
  for (const demo of network) {
    const found = await findFirst(pb, "municipalities", pb.filter("cbs_code = {:code}", { code: demo.cbs_code }));
    const municipality: { id: string } =
      found ??
      (await pb.collection("municipalities").create({
        name: demo.name,
        cbs_code: demo.cbs_code,
        province: demo.province,
        inhabitants: demo.inhabitants,
      }));
    if (!found) counts.municipalities++;

    for (const user of demo.users) {
      if (await findFirst(pb, "users", pb.filter("email = {:email}", { email: user.email }))) continue;
      await pb.collection("users").create({
        ...user,
        password: demoPassword,
        passwordConfirm: demoPassword,
        municipality: municipality.id,
        verified: true,
      });
      counts.users++;
    }

    for (const demoPilot of demo.pilots) {
      const existing = await findFirst(
        pb,
        "pilots",
        pb.filter("municipality = {:m} && title = {:title}", { m: municipality.id, title: demoPilot.title }),
      );
      if (existing) continue;
      await seedPilot(pb, municipality.id, demoPilot);
      counts.pilots++;
    }
  }
  // Lessons, questions and adoptions refer across municipalities, so they come once all exist.
  return { ...counts, ...(await seedLearningNetwork(pb, network)) };
}

/**
 * A pilot goes through its life as it would in the app: registered, evaluated, its hypotheses
 * judged, and only then, after an end evaluation, the directeur's decision.
 */
async function seedPilot(pb: TypedPocketBase, municipalityId: string, demo: DemoPilot): Promise<void> {
  const { decision, decision_rationale, stop_reason, evaluations = [], verdicts = [], ...input } = demo;
  const form = PilotFormSchema.parse({ ...input, stage: input.stage === "besluit" ? "evaluatie" : input.stage });
  const fail = (what: string, detail: unknown): never => {
    throw new Error(`Demo-pilot "${input.title}": ${what} niet opgeslagen: ${JSON.stringify(detail)}`);
  };

  const saved = await savePilot(pb, { municipality: municipalityId, form });
  if (!saved.ok) return fail("pilot", saved);
  const hypothesisIds = saved.rows.hypotheses;

  for (const evaluation of evaluations) {
    const measurements = evaluation.measurements.map(({ hypothesis, ...row }) => ({ ...row, hypothesis: hypothesisIds[hypothesis] ?? "" }));
    const result = await saveEvaluation(pb, {
      pilotId: saved.id,
      form: EvaluationFormSchema.parse({ ...evaluation, measurements }),
      attachments: [],
    });
    if (!result.ok) fail("evaluatie", result);
  }
  for (const { hypothesis, verdict, verdict_reason = "" } of verdicts) {
    const form = VerdictFormSchema.parse({ verdict, proposed: verdict, verdict_reason });
    const result = await recordVerdict(pb, hypothesisIds[hypothesis] ?? "", form);
    if (!result.ok) fail("oordeel", result);
  }
  if (decision) {
    const form = DecisionFormSchema.parse({ decision, decision_rationale, stop_reason: stop_reason ?? "" });
    const result = await recordDecision(pb, saved.id, form);
    if (!result.ok) fail("besluit", result);
  }
}
