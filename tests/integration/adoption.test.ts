import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { adoptPilot, adoptionsOf } from "../../src/data/adoption.ts";
import {
  type Neighbours,
  admin,
  appClientOf,
  budgetLineData,
  countAsAdmin,
  createNeighbours,
  hypothesisData,
  pilotData,
  riskData,
  statusOf,
  storedAsAdmin,
} from "./fixtures.ts";
import { evaluationData, measurementData, testimonialData } from "./evaluation-fixtures.ts";

/**
 * Adopting a pilot (src/data/adoption.ts): a manager of "other" (B) takes over a public or network
 * pilot of "own" (A) as a private copy in B, linked back to the original; the pilot_adoptions view
 * counts adoptions for whoever may see the original. Every call runs with the user's own client, so
 * PocketBase's rules decide what may be adopted.
 */

let n: Neighbours;
beforeAll(async () => {
  n = await createNeighbours();
});

/** An original of A with every kind of row: two hypotheses (one with a verdict), budget, risks, an evaluation with a measurement and a testimonial. */
async function originalOfA(visibility: "private" | "network" | "public") {
  const pb = n.as.ownManager;
  const pilot = await pb.collection("pilots").create(
    pilotData(n.own.municipality.id, {
      visibility,
      problem: "Jongeren zonder startkwalificatie vinden moeilijk werk in onze regio.",
      target_group: "Jongeren van 16 tot 23 jaar zonder startkwalificatie",
      partners: [{ name: "ROC", role: "opleiding" }],
      tags: ["jongeren", "werk"],
      stage: "uitvoering",
    }),
  );
  const hypotheses = [
    await pb.collection("hypotheses").create(hypothesisData(pilot.id, { verdict: "bevestigd" })),
    await pb.collection("hypotheses").create(
      hypothesisData(pilot.id, {
        statement: "Als wij werkgevers betrekken, dan verwachten wij meer leerbanen.",
        indicator: "leerbanen",
        unit: "aantal",
        baseline: 5,
        target: 12,
      }),
    ),
  ];
  await pb.collection("budget_lines").create(budgetLineData(pilot.id));
  const risks = [
    await pb.collection("risks").create(riskData(pilot.id, { status: "beheerst" })),
    await pb.collection("risks").create(
      riskData(pilot.id, {
        title: "Te weinig werkgevers",
        category: "draagvlak",
        mitigation: "Werkgeversservicepunt vroeg betrekken.",
        status: "opgetreden",
      }),
    ),
  ];
  const evaluation = await pb.collection("evaluations").create(evaluationData(pilot.id));
  const first = hypotheses[0];
  if (!first) throw new Error("no hypothesis");
  await pb.collection("measurements").create(measurementData(evaluation.id, first.id));
  await pb.collection("testimonials").create(testimonialData(evaluation.id));
  return { pilot, hypotheses, risks };
}

/** Everything stored under a pilot, counted past the rules. */
async function rowCounts(pilotId: string) {
  const [hypotheses, budgetLines, risks, evaluations, measurements, testimonials] = await Promise.all([
    countAsAdmin("hypotheses", "pilot = {:p}", { p: pilotId }),
    countAsAdmin("budget_lines", "pilot = {:p}", { p: pilotId }),
    countAsAdmin("risks", "pilot = {:p}", { p: pilotId }),
    countAsAdmin("evaluations", "pilot = {:p}", { p: pilotId }),
    countAsAdmin("measurements", "evaluation.pilot = {:p}", { p: pilotId }),
    countAsAdmin("testimonials", "evaluation.pilot = {:p}", { p: pilotId }),
  ]);
  return { hypotheses, budgetLines, risks, evaluations, measurements, testimonials };
}

async function rowsAsAdmin(collection: "hypotheses" | "risks", pilotId: string): Promise<RecordModel[]> {
  const pb = await admin();
  return pb.collection(collection).getFullList({ filter: pb.filter("pilot = {:p}", { p: pilotId }), sort: "created,id" });
}

const adopt = (pilotId: string, as: "manager" | "director" | "colleague" = "manager") =>
  adoptPilot(appClientOf(n.other.as[as]), pilotId, n.other.municipality.id);

describe("adopting a public or network pilot", () => {
  it.each(["public", "network"] as const)(
    "a manager of B adopts a %s pilot of A: a private copy in B with the problem, hypotheses and risks",
    async (visibility) => {
      const original = await originalOfA(visibility);
      const before = await storedAsAdmin("pilots", original.pilot.id);
      const rowsBefore = await rowCounts(original.pilot.id);

      const result = await adopt(original.pilot.id);
      if (!result.ok) throw new Error(`adoption failed: ${result.message}`);

      const copy = await storedAsAdmin("pilots", result.id);
      expect(copy).toMatchObject({
        municipality: n.other.municipality.id,
        visibility: "private",
        stage: "ontwerp",
        adopted_from: original.pilot.id,
        problem: original.pilot.problem,
        target_group: original.pilot.target_group,
        domain: original.pilot.domain,
        decision: "",
        // A plan in ontwerp is on no rung of the ladder, whatever the original reached.
        evidence_level: "",
      });
      expect(copy.partners ?? []).toEqual([]);

      const hypotheses = await rowsAsAdmin("hypotheses", copy.id);
      const pick = (h: RecordModel) => ({
        statement: h.statement,
        indicator: h.indicator,
        unit: h.unit,
        direction: h.direction,
        baseline: h.baseline,
        target: h.target,
      });
      expect(hypotheses.map(pick)).toEqual(original.hypotheses.map(pick));
      for (const h of hypotheses) expect(h.verdict).toBe("");

      const risks = await rowsAsAdmin("risks", copy.id);
      expect(risks.map((r) => ({ title: r.title, category: r.category, mitigation: r.mitigation, status: r.status }))).toEqual(
        original.risks.map((r) => ({ title: r.title, category: r.category, mitigation: r.mitigation, status: "open" })),
      );

      expect(await rowCounts(copy.id)).toEqual({
        hypotheses: 2,
        budgetLines: 0,
        risks: 2,
        evaluations: 0,
        measurements: 0,
        testimonials: 0,
      });

      // The original is untouched.
      expect(await storedAsAdmin("pilots", original.pilot.id)).toEqual(before);
      expect(await rowCounts(original.pilot.id)).toEqual(rowsBefore);
      expect(rowsBefore).toEqual({ hypotheses: 2, budgetLines: 1, risks: 2, evaluations: 1, measurements: 1, testimonials: 1 });
    },
  );

  it("a director of B may adopt too", async () => {
    const original = await originalOfA("public");
    const result = await adopt(original.pilot.id, "director");
    expect(result.ok).toBe(true);
    expect(
      await countAsAdmin("pilots", "adopted_from = {:o} && municipality = {:m}", { o: original.pilot.id, m: n.other.municipality.id }),
    ).toBe(1);
  });
});

describe("who sees an adoption", () => {
  it("A sees the count but not B's private copy, until B shares it with the network; guests see the count only", async () => {
    const original = await originalOfA("public");
    const result = await adopt(original.pilot.id);
    if (!result.ok) throw new Error(`adoption failed: ${result.message}`);

    const asOwner = appClientOf(n.as.ownManager);
    const asGuest = appClientOf();
    expect(await adoptionsOf(asOwner, original.pilot.id)).toEqual({ count: 1, visibleCopies: [] });
    expect(await adoptionsOf(asGuest, original.pilot.id)).toEqual({ count: 1, visibleCopies: [] });
    expect((await asGuest.collection("pilot_adoptions").getOne(original.pilot.id)).adoptions).toBe(1);

    const adopterView = await adoptionsOf(appClientOf(n.as.otherColleague), original.pilot.id);
    expect(adopterView.count).toBe(1);
    expect(adopterView.visibleCopies.map((c) => c.id)).toEqual([result.id]);

    await n.as.otherManager.collection("pilots").update(result.id, { visibility: "network" });
    const shared = await adoptionsOf(asOwner, original.pilot.id);
    expect(shared.count).toBe(1);
    expect(shared.visibleCopies.map((c) => [c.id, c.municipality])).toEqual([[result.id, n.other.municipality.id]]);
    expect(shared.visibleCopies[0]?.expand?.municipality?.name).toBe(n.other.municipality.name);
    expect((await adoptionsOf(asGuest, original.pilot.id)).visibleCopies).toEqual([]);
  });

  it("a pilot nobody adopted has count 0", async () => {
    const original = await originalOfA("network");
    expect(await adoptionsOf(appClientOf(n.as.otherManager), original.pilot.id)).toEqual({ count: 0, visibleCopies: [] });
    expect(await statusOf(appClientOf().collection("pilot_adoptions").getOne(original.pilot.id))).toBe(404);
  });

  it("the view counts every adoption, by each municipality that adopted", async () => {
    const original = await originalOfA("public");
    expect((await adopt(original.pilot.id)).ok).toBe(true);
    expect((await adopt(original.pilot.id, "director")).ok).toBe(true);
    expect((await appClientOf().collection("pilot_adoptions").getOne(original.pilot.id)).adoptions).toBe(2);
  });
});

describe("what cannot be adopted, or by whom", () => {
  it("a private pilot of A cannot be adopted by B, and nothing is created", async () => {
    const original = await originalOfA("private");
    const pilotsOfB = await countAsAdmin("pilots", "municipality = {:m}", { m: n.other.municipality.id });
    const result = await adopt(original.pilot.id);
    expect(result.ok).toBe(false);
    expect(await countAsAdmin("pilots", "adopted_from = {:o}", { o: original.pilot.id })).toBe(0);
    expect(await countAsAdmin("pilots", "municipality = {:m}", { m: n.other.municipality.id })).toBe(pilotsOfB);
  });

  it("the API refuses a pilot of B linked to A's private pilot (400), even without the app", async () => {
    const original = await originalOfA("private");
    const data = pilotData(n.other.municipality.id, { adopted_from: original.pilot.id });
    expect(await statusOf(n.as.otherManager.collection("pilots").create(data))).toBe(400);
    expect(await countAsAdmin("pilots", "title = {:t}", { t: data.title })).toBe(0);
  });

  it("a colleague of B cannot adopt, and nothing is created", async () => {
    const original = await originalOfA("public");
    const result = await adopt(original.pilot.id, "colleague");
    expect(result.ok).toBe(false);
    expect(await countAsAdmin("pilots", "adopted_from = {:o}", { o: original.pilot.id })).toBe(0);
    expect(await countAsAdmin("hypotheses", "pilot.adopted_from = {:o}", { o: original.pilot.id })).toBe(0);
  });

  it("a guest cannot adopt", async () => {
    const original = await originalOfA("public");
    const result = await adoptPilot(appClientOf(), original.pilot.id, n.other.municipality.id);
    expect(result.ok).toBe(false);
    expect(await countAsAdmin("pilots", "adopted_from = {:o}", { o: original.pilot.id })).toBe(0);
  });

  it("a manager of B cannot adopt into A", async () => {
    const original = await originalOfA("public");
    const result = await adoptPilot(appClientOf(n.as.otherManager), original.pilot.id, n.own.municipality.id);
    expect(result.ok).toBe(false);
    expect(await countAsAdmin("pilots", "adopted_from = {:o}", { o: original.pilot.id })).toBe(0);
  });
});

describe("the link to the original", () => {
  it("cannot be changed or removed after the adoption (404)", async () => {
    const original = await originalOfA("public");
    const another = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id, { visibility: "public" }));
    const result = await adopt(original.pilot.id);
    if (!result.ok) throw new Error(`adoption failed: ${result.message}`);

    for (const adoptedFrom of [another.id, ""]) {
      for (const pb of [n.as.otherManager, n.as.otherDirector]) {
        expect(await statusOf(pb.collection("pilots").update(result.id, { adopted_from: adoptedFrom }))).toBe(404);
      }
    }
    expect((await storedAsAdmin("pilots", result.id)).adopted_from).toBe(original.pilot.id);
    // Other edits of the copy are the adopter's own.
    expect(await statusOf(n.as.otherManager.collection("pilots").update(result.id, { target_group: "Jongeren in onze gemeente" }))).toBe(
      200,
    );
  });

  it("a pilot that was not adopted cannot be linked afterwards (404)", async () => {
    const original = await originalOfA("public");
    const own = await n.as.otherManager.collection("pilots").create(pilotData(n.other.municipality.id));
    expect(await statusOf(n.as.otherManager.collection("pilots").update(own.id, { adopted_from: original.pilot.id }))).toBe(404);
    expect((await storedAsAdmin("pilots", own.id)).adopted_from).toBe("");
  });
});
