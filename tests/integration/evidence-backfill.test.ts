import type PocketBase from "pocketbase";
import { describe, expect, it } from "vitest";
import { migratedFrom } from "./database-before.ts";

/**
 * Migration 1764152300 gives every stored pilot its level by the new rule, in SQL of its own (a
 * migration loads no hook code). Here a database from before it, written past the hooks with
 * levels and checkboxes that no longer mean anything, is migrated; then each pilot is saved once
 * more so that pb_hooks/lib/evidence-level.js computes its level: the two must agree.
 */

const MIGRATION = "1764152300_evidence_ladder.js";
const superuser = { email: "beheer@backfill.test", password: "backfill-wachtwoord" };

const described = {
  summary: "Een korte samenvatting van de pilot.",
  problem: "Het probleem dat deze pilot aanpakt.",
  target_group: "Jongeren",
};
const hypothesis = {
  statement: "Als wij coachen, dan vinden meer jongeren werk.",
  indicator: "percentage met baan",
  direction: "omhoog",
  baseline: 40,
  target: 60,
};

/** Stored pilots before the migration, each with the level the new rule should give it. */
const cases: Array<{ name: string; pilot: Record<string, unknown>; hypotheses: Array<Record<string, unknown>>; level: string }> = [
  { name: "in practice, described, a hypothesis", pilot: { stage: "uitvoering" }, hypotheses: [hypothesis], level: "goed_beschreven" },
  { name: "the same in evaluatie", pilot: { stage: "evaluatie" }, hypotheses: [hypothesis], level: "goed_beschreven" },
  {
    name: "ticked checkboxes and a confirmed hypothesis, but no theory of change",
    pilot: { stage: "uitvoering", comparison_group: true, independent_replication: true },
    hypotheses: [{ ...hypothesis, verdict: "bevestigd" }],
    level: "goed_beschreven",
  },
  { name: "an idea", pilot: { stage: "idee" }, hypotheses: [hypothesis], level: "" },
  { name: "in ontwerp", pilot: { stage: "ontwerp" }, hypotheses: [hypothesis], level: "" },
  { name: "no hypothesis", pilot: { stage: "uitvoering" }, hypotheses: [], level: "" },
  { name: "an indicator of blanks", pilot: { stage: "uitvoering" }, hypotheses: [{ ...hypothesis, indicator: " \t\n" }], level: "" },
  { name: "a target equal to the baseline", pilot: { stage: "uitvoering" }, hypotheses: [{ ...hypothesis, target: 40 }], level: "" },
  {
    name: "a target group of non-breaking spaces",
    pilot: { stage: "uitvoering", target_group: "\u00a0\u2003\u00a0" },
    hypotheses: [hypothesis],
    level: "",
  },
];

describe("the evidence level backfill of migration 1764152300", () => {
  it("gives every stored pilot the level the hook library gives it", async () => {
    const fill = async (pb: PocketBase) => {
      const ids: string[] = [];
      const municipality = await pb
        .collection("municipalities")
        .create({ name: "Terugvuldorp", cbs_code: "GM0077", province: "zeeland", inhabitants: 9_000 });
      for (const [index, c] of cases.entries()) {
        const pilot = await pb.collection("pilots").create({
          municipality: municipality.id,
          title: `Pilot ${index}`,
          domain: "participatie",
          visibility: "private",
          evidence_level: "sterke_aanwijzingen", // what a checkbox once gave, or nothing at all
          ...described,
          ...c.pilot,
        });
        for (const row of c.hypotheses) await pb.collection("hypotheses").create({ pilot: pilot.id, ...row });
        ids.push(pilot.id);
      }
      return ids;
    };
    await migratedFrom(MIGRATION, superuser, fill, async (pb, ids) => {
      const migrated = await Promise.all(ids.map(async (id) => (await pb.collection("pilots").getOne(id)).evidence_level));
      // Saved again: the hook computes the level with the library.
      const recomputed: string[] = [];
      for (const id of ids) recomputed.push((await pb.collection("pilots").update(id, {})).evidence_level);
      expect(Object.fromEntries(cases.map((c, i) => [c.name, migrated[i]]))).toEqual(
        Object.fromEntries(cases.map((c) => [c.name, c.level])),
      );
      expect(migrated).toEqual(recomputed);
    });
  }, 60_000);
});
