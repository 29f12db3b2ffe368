import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { getPilotWithActivity, getPilotWithRows } from "../../src/data/pilots.ts";
import {
  type Neighbours,
  actors,
  admin,
  appClientOf,
  budgetLineData,
  createNeighbours,
  effectData,
  hypothesisData,
  mayRead,
  pilotData,
  riskData,
  statusOf,
  visibilities,
} from "./fixtures.ts";
import { evaluationData } from "./evaluation-fixtures.ts";
import { createLesson } from "./learning-fixtures.ts";

/**
 * The pilot page reads a pilot with its rows, evaluations, lessons and questions as expanded
 * back-relations of the pilot (src/data/pilots.ts), in one request. Whatever comes that way must be
 * exactly what the list API gives the same person, in the same order: PocketBase applies each
 * collection's view rule to expanded records, and src/data/sort-rows.ts puts them in order.
 */

let n: Neighbours;
beforeAll(async () => {
  n = await createNeighbours();
});

type Made = { pilot: RecordModel; lessons: RecordModel[] };

/** A pilot of "own" with rows made in a scrambled order, two evaluations, lessons of every visibility and questions. */
async function pilotWithEverything(visibility: "private" | "network" | "public"): Promise<Made> {
  const pb = n.as.ownManager;
  const pilot = await pb.collection("pilots").create(pilotData(n.own.municipality.id, { visibility }));
  for (const statement of ["Als wij A doen, dan verwachten wij B.", "Als wij C doen, dan verwachten wij D."]) {
    await pb.collection("hypotheses").create(hypothesisData(pilot.id, { statement }));
  }
  for (const [source, year] of [
    ["esf_plus", 2027],
    ["rijk", 2026],
    ["gemeente", 2026],
    ["rijk", 2027],
  ] as const) {
    await pb.collection("budget_lines").create(budgetLineData(pilot.id, { source, year }));
  }
  await pb.collection("risks").create(riskData(pilot.id));
  for (const [actor, kind] of [
    ["uwv", "baten"],
    ["gemeente", "kosten"],
  ] as const) {
    await pb.collection("pilot_effects").create(effectData(pilot.id, { actor, kind }));
  }
  await pb.collection("evaluations").create(evaluationData(pilot.id, { date: "2026-06-01", kind: "tussentijds" }));
  await pb.collection("evaluations").create(evaluationData(pilot.id, { date: "2026-02-01", kind: "tussentijds" }));
  const lessons = [];
  for (const lessonVisibility of visibilities) lessons.push(await createLesson(pb, { pilot: pilot.id, visibility: lessonVisibility }));
  if (visibility !== "private") {
    await n.as.otherColleague
      .collection("comments")
      .create({ pilot: pilot.id, author: n.as.otherColleague.authStore.record?.id, body: "Hoe vonden jullie de deelnemers?" });
  }
  await n.as.ownColleague
    .collection("comments")
    .create({ pilot: pilot.id, author: n.as.ownColleague.authStore.record?.id, body: "Interne vraag over de planning." });
  return { pilot, lessons };
}

/** What the list API gives this client, in the order the page wants. */
async function listed(pb: ReturnType<typeof appClientOf>, pilotId: string) {
  const ofPilot = pb.filter("pilot = {:id}", { id: pilotId });
  const ids = (rows: RecordModel[]) => rows.map((row) => row.id);
  return {
    hypotheses: ids(await pb.collection("hypotheses").getFullList({ filter: ofPilot, sort: "created,id" })),
    budgetLines: ids(await pb.collection("budget_lines").getFullList({ filter: ofPilot, sort: "year,source,id" })),
    risks: ids(await pb.collection("risks").getFullList({ filter: ofPilot, sort: "created,id" })),
    effects: ids(await pb.collection("pilot_effects").getFullList({ filter: ofPilot, sort: "year,actor,kind,id" })),
    evaluations: ids(await pb.collection("evaluations").getFullList({ filter: ofPilot, sort: "date,created" })),
    lessons: ids(await pb.collection("lessons").getFullList({ filter: ofPilot, sort: "-created" })),
    comments: ids(await pb.collection("comments").getFullList({ filter: ofPilot, sort: "created,id" })),
  };
}

describe.each(["private", "network", "public"] as const)("a %s pilot read in one request", (visibility) => {
  let made: Made;
  beforeAll(async () => {
    made = await pilotWithEverything(visibility);
  });

  it.each(actors)("%s gets exactly what the list API gives, in the same order, or a 404", async (actor) => {
    const pb = appClientOf(actor === "guest" ? undefined : n.as[actor]);
    if (!mayRead(actor, visibility)) {
      expect(await statusOf(getPilotWithActivity(pb, made.pilot.id))).toBe(404);
      expect(await statusOf(getPilotWithRows(pb, made.pilot.id))).toBe(404);
      return;
    }
    const page = await getPilotWithActivity(pb, made.pilot.id);
    const ids = (rows: Array<{ id: string }>) => rows.map((row) => row.id);
    const expected = await listed(pb, made.pilot.id);
    expect({
      hypotheses: ids(page.hypotheses),
      budgetLines: ids(page.budgetLines),
      risks: ids(page.risks),
      effects: ids(page.effects),
      evaluations: ids(page.evaluations),
      lessons: ids(page.lessons),
      comments: ids(page.comments),
    }).toEqual(expected);
    expect(expected.hypotheses).toHaveLength(2);
    expect(expected.budgetLines).toHaveLength(4);
    expect(page.effects.map((f) => f.actor)).toEqual(["gemeente", "uwv"]);
    expect(expected.evaluations).toHaveLength(2);
    // Lessons follow their own visibility, not the pilot's.
    expect(page.lessons.map((l) => l.visibility).sort()).toEqual(visibilities.filter((v) => mayRead(actor, v)).sort());
    expect(page.budgetLines.map((b) => `${b.year} ${b.source}`)).toEqual(["2026 gemeente", "2026 rijk", "2027 esf_plus", "2027 rijk"]);
    expect(page.evaluations.map((e) => e.date.slice(0, 10))).toEqual(["2026-02-01", "2026-06-01"]);
    expect(page.comments.map((comment) => comment.expand?.author_municipality?.id)).toEqual(
      page.comments.map((comment) => comment.author_municipality),
    );
    expect(page.pilot.expand?.municipality?.id).toBe(n.own.municipality.id);
    // The back-relations are taken out of the pilot, so nothing downstream renders them twice.
    expect(Object.keys(page.pilot.expand ?? {}).filter((key) => key.includes("_via_"))).toEqual([]);

    const rowsOnly = await getPilotWithRows(pb, made.pilot.id);
    expect([ids(rowsOnly.hypotheses), ids(rowsOnly.budgetLines), ids(rowsOnly.risks)]).toEqual([
      expected.hypotheses,
      expected.budgetLines,
      expected.risks,
    ]);
  });
});

it("a lesson made private leaves the other municipality's pilot page at once", async () => {
  const made = await pilotWithEverything("network");
  const asOther = appClientOf(n.as.otherColleague);
  const shared = made.lessons.find((lesson) => lesson.visibility === "network");
  if (!shared) throw new Error("no network lesson");
  expect((await getPilotWithActivity(asOther, made.pilot.id)).lessons.map((l) => l.id)).toContain(shared.id);
  await (await admin()).collection("lessons").update(shared.id, { visibility: "private" });
  expect((await getPilotWithActivity(asOther, made.pilot.id)).lessons.map((l) => l.id)).not.toContain(shared.id);
});
