import type { TypedPocketBase } from "../data/client.ts";
import { savePilot } from "../data/pilots.ts";
import { seedEffects } from "./seed-effects.ts";
import { recordDecision } from "../data/decisions.ts";
import { PilotFormSchema } from "../domain/pilot.ts";
import { DecisionFormSchema } from "../domain/stage-gate.ts";
import { demoPassword, type DemoMunicipality, type DemoPilot } from "./demo/demo-types.ts";

import { seedLearningNetwork } from "./seed-learning.ts";
import { seedEvaluations } from "./seed-evaluations.ts";
import { findFirst } from "../data/find-first.ts";
import { demoInterventions } from "./demo/demo-interventions.ts";

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
  const decide: Array<() => Promise<void>> = [];
  const interventions = await seedInterventions(pb);
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
      decide.push(await seedPilot(pb, municipality.id, demoPilot, interventions));
      counts.pilots++;
    }
  }
  // Lessons, questions and adoptions refer across municipalities, so they come once all exist;
  // the decisions after them, as a decision waits for a lesson from its pilot.
  const learning = await seedLearningNetwork(pb, network);
  for (const decision of decide) await decision();
  return { ...counts, ...learning };
}

/**
 * A pilot goes through its life as it would in the app: registered, evaluated, its hypotheses
 * judged, and only then, after an end evaluation and a lesson, the directeur's decision: returned
 * to be taken once the lessons exist.
 */
async function seedPilot(
  pb: TypedPocketBase,
  municipalityId: string,
  demo: DemoPilot,
  interventions: ReadonlyMap<string, string>,
): Promise<() => Promise<void>> {
  const {
    decision,
    decision_rationale,
    stop_reason,
    evaluations = [],
    verdicts = [],
    intervention,
    indicatorKeys = [],
    effects = [],
    ...input
  } = demo;
  const form = PilotFormSchema.parse({ ...input, stage: input.stage === "besluit" ? "evaluatie" : input.stage });
  const fail = (what: string, detail: unknown): never => {
    throw new Error(`Demo-pilot "${input.title}": ${what} niet opgeslagen: ${JSON.stringify(detail)}`);
  };

  const extra = intervention ? { intervention: interventions.get(intervention) ?? fail("interventie", intervention) } : {};
  const saved = await savePilot(pb, { municipality: municipalityId, form, extra });
  if (!saved.ok) return fail("pilot", saved);
  for (const { hypothesis, key } of indicatorKeys) {
    const indicator = (await findFirst(pb, "indicators", pb.filter("key = {:key}", { key }))) ?? fail("indicator", key);
    await pb
      .collection("hypotheses")
      .update(saved.rows.hypotheses[hypothesis] ?? fail("hypothese", hypothesis), { indicator_ref: indicator.id });
  }
  await seedEvaluations(pb, saved.id, saved.rows.hypotheses, { evaluations, verdicts }, fail);
  await seedEffects(pb, saved.id, effects, fail);
  return async () => {
    if (!decision) return;
    const form = DecisionFormSchema.parse({ decision, decision_rationale, stop_reason: stop_reason ?? "" });
    const director = await findFirst(pb, "users", pb.filter("municipality = {:m} && role = 'directeur'", { m: municipalityId }));
    const result = await recordDecision(pb, saved.id, form, undefined, director?.id);
    if (!result.ok) fail("besluit", result);
  };
}

/** The demo's interventions by name, registered when missing (names are unique regardless of case). */
async function seedInterventions(pb: TypedPocketBase): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const intervention of demoInterventions) {
    const found = await findFirst(pb, "interventions", pb.filter("name = {:name}", { name: intervention.name }));
    ids.set(intervention.name, found?.id ?? (await pb.collection("interventions").create(intervention)).id);
  }
  return ids;
}
