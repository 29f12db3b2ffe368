import { describe, expect, it } from "vitest";
import { demoNetwork } from "../../src/launcher/demo/demo-network.ts";
import { adoptionCopy, localFactsIssues } from "../../src/domain/adoption.ts";
import { EvaluationFormSchema } from "../../src/domain/evaluation.ts";
import { PilotFormSchema } from "../../src/domain/pilot.ts";

/**
 * The demo adopter makes its copy its own before carrying it out (src/launcher/seed-own-version.ts):
 * its own target group and baselines, as PocketBase requires of a copy leaving ontwerp, and
 * evaluations the evaluation form accepts. Its confirmed hypothesis is the demo's replication.
 */
const adoptions = demoNetwork.flatMap((municipality) => (municipality.adoptions ?? []).map((adoption) => ({ municipality, adoption })));
const versions = adoptions.flatMap(({ adoption }) => {
  const original = demoNetwork.flatMap((m) => m.pilots).find((pilot) => pilot.title === adoption.pilotTitle);
  return original && adoption.ownVersion ? [{ original, version: adoption.ownVersion }] : [];
});

describe("the demo adopter's own version", () => {
  it("exists, for the replication the evidence ladder's top rung needs", () => {
    expect(versions).toHaveLength(1);
  });

  it.each(versions)("replaces the original's target group and every baseline, so it may leave ontwerp", ({ original, version }) => {
    const parsed = PilotFormSchema.parse(original);
    const copy = adoptionCopy(parsed, [], []);
    const ids = original.hypotheses.map((_, index) => `hyp00000000000${index}`);
    const own = {
      stage: version.stage,
      target_group: version.target_group,
      hypotheses: version.hypotheses.map((row, index) => ({ id: ids[index], baseline: Number(row.baseline) })),
    };
    const baselines = Object.fromEntries(parsed.hypotheses.map((row, index) => [ids[index]!, row.baseline]));
    expect(version.hypotheses).toHaveLength(original.hypotheses.length);
    expect(localFactsIssues(own, copy.stage, { target_group: copy.target_group, baselines })).toEqual([]);
    const form = PilotFormSchema.safeParse({
      ...original,
      target_group: version.target_group,
      hypotheses: original.hypotheses.map((row, index) => ({ ...row, ...version.hypotheses[index] })),
    });
    expect(form.success ? [] : form.error.issues).toEqual([]);
  });

  it.each(versions)("measures copied hypotheses in evaluations the form accepts, after its start", ({ original, version }) => {
    for (const evaluation of version.evaluations) {
      const measurements = evaluation.measurements.map(({ hypothesis, ...row }) => ({ ...row, hypothesis: "abc123def456ghi" }));
      expect(EvaluationFormSchema.safeParse({ ...evaluation, measurements }).success, evaluation.date).toBe(true);
      expect(evaluation.date >= version.start_date, evaluation.date).toBe(true);
      for (const row of evaluation.measurements) expect(row.hypothesis).toBeLessThan(original.hypotheses.length);
    }
    for (const verdict of version.verdicts) expect(verdict.hypothesis).toBeLessThan(original.hypotheses.length);
  });
});
