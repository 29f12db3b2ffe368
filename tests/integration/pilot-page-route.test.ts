import type PocketBase from "pocketbase";
import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { getPilotPage, type PilotPageAnswer } from "../../src/data/pilot-page.ts";
import { getPilotWithActivity, pilotsInDomain } from "../../src/data/pilots.ts";
import { listMeasurements, listTestimonials } from "../../src/data/evaluations.ts";
import { adoptionsOf } from "../../src/data/adoption.ts";
import { listDecisions } from "../../src/data/decisions.ts";
import type { PilotRecord } from "../../src/data/records.ts";
import {
  type Actor,
  type Neighbours,
  admin,
  appClientOf,
  budgetLineData,
  createNeighbours,
  effectData,
  hypothesisData,
  mayRead,
  newRecordId,
  pilotData,
  riskData,
  statusOf,
  unique,
  visibilities,
} from "./fixtures.ts";
import { evaluationData, measurementData, testimonialData } from "./evaluation-fixtures.ts";
import { createLesson } from "./learning-fixtures.ts";
import { decide } from "./stage-gate-pilots.ts";

/**
 * The pilot page reads everything through GET /api/proeftuin/pilot-page/{id} (pb_hooks/pilot_page.pb.js),
 * cached, instead of six calls to the records API. For every reader and visibility its answer must
 * be what those calls (still in src/data) give the same reader: ids, order and field values, and a
 * 404 where they give one. The similar-pilot candidates are narrowed to this file's municipalities,
 * as other test files write pilots in the same domain at the same time.
 */

const readers = ["guest", "ownColleague", "ownManager", "ownDirector", "otherManager"] as const satisfies readonly Actor[];
/** A domain few other test files use, so that this file's candidates are among the newest 40. */
const DOMAIN = "wonen";

let n: Neighbours;
let indicator: RecordModel;
let intervention: RecordModel;
const pilots = {} as Record<(typeof visibilities)[number], Made>;
/** The pilot the writes below change. */
let written: Made;
beforeAll(async () => {
  n = await createNeighbours();
  const pb = await admin();
  indicator = await pb.collection("indicators").create({
    key: `test-${unique()}`,
    name: `Woonlasten ${unique()}`,
    definition: "Aandeel huishoudens met te hoge woonlasten.",
    unit: "%",
    direction: "omhoog",
    level: "huishouden",
  });
  intervention = await pb.collection("interventions").create({ name: `Wooncoach ${unique()}` });
  const made = await Promise.all([...visibilities, "network" as const].map((visibility) => pilotWithEverything(visibility)));
  for (const [index, visibility] of visibilities.entries()) pilots[visibility] = made[index]!;
  written = made[visibilities.length]!;
});

type Made = { pilot: RecordModel; end: RecordModel; hypothesis: RecordModel; measurement: RecordModel; comment: RecordModel };

/** A decided pilot of "own" with every kind of row, a small sample, a testimonial, questions and two copies. */
async function pilotWithEverything(visibility: (typeof visibilities)[number]): Promise<Made> {
  const pb = n.as.ownManager;
  const pilot = await pb
    .collection("pilots")
    .create(pilotData(n.own.municipality.id, { visibility, stage: "evaluatie", domain: DOMAIN, intervention: intervention.id }));
  const ofPilot = pb.collection("hypotheses");
  // Rows whose order does not hang on their creation time are made at once, to keep the file short.
  const [hypothesis, second, interim, end] = await Promise.all([
    ofPilot.create(hypothesisData(pilot.id, { indicator_ref: indicator.id, indicator: indicator.name, unit: "%", direction: "omhoog" })),
    ofPilot.create(hypothesisData(pilot.id, { statement: "Als wij B doen, dan verwachten wij C." })),
    pb.collection("evaluations").create(evaluationData(pilot.id, { kind: "tussentijds", date: "2026-06-01" })),
    pb.collection("evaluations").create(evaluationData(pilot.id, { kind: "eind", date: "2026-10-01" })),
    ...[2027, 2026].map((year) => pb.collection("budget_lines").create(budgetLineData(pilot.id, { year }))),
    pb.collection("risks").create(riskData(pilot.id)),
    pb.collection("pilot_effects").create(effectData(pilot.id)),
  ]);
  if (!hypothesis || !second || !interim || !end) throw new Error("rows not made");
  const measurement = await pb
    .collection("measurements")
    .create(measurementData(interim.id, hypothesis.id, { value: 99, sample_size: 5, comparison_value: 50, comparison_sample_size: 30 }));
  await pb
    .collection("measurements")
    .create(measurementData(end.id, hypothesis.id, { period: "2026-09", value: 60, comparison_value: 64, comparison_sample_size: 6 }));
  await pb.collection("measurements").create(measurementData(end.id, second.id, { period: "2026-09", value: 12.5, sample_size: 40 }));
  await pb.collection("testimonials").create(testimonialData(end.id));
  for (const lessonVisibility of visibilities) await createLesson(pb, { pilot: pilot.id, visibility: lessonVisibility });
  const asker = visibility === "private" ? n.as.ownColleague : n.as.otherColleague;
  const comment = await asker
    .collection("comments")
    .create({ pilot: pilot.id, author: asker.authStore.record?.id, body: "Hoe vonden jullie de deelnemers?" });
  await decide(n.as.ownDirector, pilot.id);
  // Copies elsewhere: one the network sees, one only its own municipality does.
  const root = await admin();
  for (const copyVisibility of ["network", "private"]) {
    await root
      .collection("pilots")
      .create(pilotData(n.other.municipality.id, { adopted_from: pilot.id, visibility: copyVisibility, stage: "ontwerp", domain: DOMAIN }));
  }
  return { pilot, end, hypothesis, measurement, comment };
}

const clientOf = (actor: Actor) => appClientOf(actor === "guest" ? undefined : n.as[actor]);
const municipalityOf = (actor: Actor) => (actor === "guest" ? "" : (n.as[actor].authStore.record?.municipality as string));

/** What the page got from the records API before: the six calls of the old loadPilotPage. */
async function fromRecordsApi(actor: Actor, id: string): Promise<PilotPageAnswer> {
  const pb = clientOf(actor);
  const data = await getPilotWithActivity(pb, id);
  const own = municipalityOf(actor) === data.pilot.municipality;
  const evaluated = data.evaluations.length > 0;
  return {
    ...data,
    measurements: evaluated ? await listMeasurements(pb, id, own) : [],
    testimonials: own && evaluated ? await listTestimonials(pb, id) : [],
    adoptions: await adoptionsOf(pb, id),
    candidates: await pilotsInDomain(pb, data.pilot.domain, data.pilot.municipality),
    decisions: data.pilot.decision ? await listDecisions(pb, id) : [],
  };
}

const ours = (pilots: PilotRecord[]) =>
  pilots.filter((pilot) => [n.own.municipality.id, n.other.municipality.id].includes(pilot.municipality));
const narrowed = (answer: PilotPageAnswer) => ({ ...answer, candidates: ours(answer.candidates) });

describe.each(visibilities)("a %s pilot", (visibility) => {
  let made: Made;
  beforeAll(() => {
    made = pilots[visibility];
  });

  it.each(readers)("%s gets from the route exactly what the records API gives, or the same 404", async (actor) => {
    const pb = clientOf(actor);
    if (!mayRead(actor, visibility)) {
      expect(await statusOf(getPilotPage(pb, made.pilot.id))).toBe(404);
      expect(await statusOf(getPilotWithActivity(pb, made.pilot.id))).toBe(404);
      return;
    }
    // Twice: the second answer comes from the cache.
    for (let round = 0; round < 2; round++) {
      const answer = narrowed((await getPilotPage(pb, made.pilot.id)).value());
      expect(answer).toEqual(narrowed(await fromRecordsApi(actor, made.pilot.id)));
      // The comparison holds something of each kind, so an answer that left a kind out fails.
      const own = actor.startsWith("own");
      expect({
        hypotheses: answer.hypotheses.length,
        budgetLines: answer.budgetLines.length,
        risks: answer.risks.length,
        effects: answer.effects.length,
        evaluations: answer.evaluations.length,
        comments: answer.comments.length,
        measurements: answer.measurements.length,
        testimonials: answer.testimonials.length,
        decisions: answer.decisions.length,
        adoptions: answer.adoptions.count,
        copies: answer.adoptions.visibleCopies.length,
      }).toEqual({
        hypotheses: 2,
        budgetLines: 2,
        risks: 1,
        effects: 1,
        evaluations: 2,
        comments: 1,
        measurements: 3,
        testimonials: own ? 1 : 0,
        decisions: actor === "guest" ? 0 : 1,
        adoptions: 2,
        copies: { guest: 0, otherManager: 2 }[actor as string] ?? 1,
      });
      expect(answer.lessons.map((lesson) => lesson.visibility).sort()).toEqual(visibilities.filter((v) => mayRead(actor, v)).sort());
      const small = answer.measurements.find((m) => m.id === made.measurement.id);
      expect([small?.value, small?.small_sample]).toEqual(own ? [99, false] : [null, true]);
      expect(answer.pilot.expand?.intervention?.id).toBe(intervention.id);
      expect(answer.hypotheses.find((h) => h.id === made.hypothesis.id)?.expand?.indicator_ref?.id).toBe(indicator.id);
      expect(answer.pilot.contact_name === undefined).toBe(actor === "guest");
      expect(answer.candidates.length > 0).toBe(actor !== "guest");
    }
  });
});

it("an unknown or malformed pilot id is a 404, as from the records API", async () => {
  const pb = appClientOf(n.as.ownManager);
  expect(await statusOf(getPilotPage(pb, newRecordId()))).toBe(404);
  expect(await statusOf(getPilotPage(pb, "../pilots"))).toBe(404);
  expect(await statusOf(getPilotWithActivity(pb, newRecordId()))).toBe(404);
});

it("refuses parameters and superusers, whose answers would differ from the one the cache keeps for others", async () => {
  const root = await admin();
  const made = await root.collection("pilots").create(pilotData(n.own.municipality.id, { visibility: "public" }));
  const path = `/api/proeftuin/pilot-page/${made.id}`;
  expect(await statusOf(appClientOf().send(path, { query: { expand: "contact" } }))).toBe(400);
  expect(await statusOf(root.send(path, {}))).toBe(403);
  expect(await statusOf(appClientOf().send(path, {}))).toBe(200);
});

describe("a write to each collection the answer reads shows in the next answer", () => {
  let made: Made;
  let reader: PocketBase;
  beforeAll(() => {
    made = written;
    reader = n.as.ownManager;
  });
  const page = async () => (await getPilotPage(appClientOf(reader), made.pilot.id)).value();
  const changed = `veranderd ${unique()}`;
  const writes: Array<[string, (root: PocketBase) => Promise<unknown>, (answer: PilotPageAnswer) => unknown]> = [
    ["pilots", (root) => root.collection("pilots").update(made.pilot.id, { summary: changed }), (a) => a.pilot.summary],
    [
      "municipalities",
      (root) => root.collection("municipalities").update(n.own.municipality.id, { name: changed }),
      (a) => a.pilot.expand?.municipality?.name,
    ],
    [
      "interventions",
      (root) => root.collection("interventions").update(intervention.id, { name: changed }),
      (a) => a.pilot.expand?.intervention?.name,
    ],
    [
      "hypotheses",
      (root) =>
        root.collection("hypotheses").update(made.hypothesis.id, { statement: `Als wij ${changed} doen, dan verwachten wij meer.` }),
      (a) => a.hypotheses.find((h) => h.id === made.hypothesis.id)?.statement.includes(changed) && changed,
    ],
    [
      "indicators",
      (root) => root.collection("indicators").update(indicator.id, { definition: changed }),
      (a) => a.hypotheses.find((h) => h.id === made.hypothesis.id)?.expand?.indicator_ref?.definition,
    ],
    [
      "budget_lines",
      async (root) => root.collection("budget_lines").create(budgetLineData(made.pilot.id, { year: 2028 })),
      (a) => a.budgetLines.length === 3 && changed,
    ],
    ["risks", async (root) => root.collection("risks").create(riskData(made.pilot.id, { title: changed })), (a) => a.risks.at(-1)?.title],
    [
      "pilot_effects",
      async (root) => root.collection("pilot_effects").create(effectData(made.pilot.id, { year: 2030, source_note: changed })),
      (a) => a.effects.at(-1)?.source_note,
    ],
    [
      "evaluations",
      (root) => root.collection("evaluations").update(made.end.id, { observations: changed }),
      (a) => a.evaluations.at(-1)?.observations,
    ],
    ["lessons", () => createLesson(reader, { pilot: made.pilot.id, title: changed }), (a) => a.lessons[0]?.title],
    ["comments", (root) => root.collection("comments").update(made.comment.id, { body: changed }), (a) => a.comments[0]?.body],
    [
      "measurements",
      (root) => root.collection("measurements").update(made.measurement.id, { value: 42 }),
      (a) => a.measurements.some((m) => m.value === 42) && changed,
    ],
    [
      "testimonials",
      (root) => root.collection("testimonials").create(testimonialData(made.end.id, { quote: changed })),
      (a) => a.testimonials.at(-1)?.quote,
    ],
    [
      "decisions",
      async (root) =>
        root.collection("decisions").update((await listDecisions(appClientOf(reader), made.pilot.id))[0]!.id, {
          decision_rationale: `${changed}: de aanpak werkt voor deze doelgroep.`,
        }),
      (a) => a.decisions[0]?.decision_rationale.startsWith(changed) && changed,
    ],
    ["users", (root) => root.collection("users").update(made.comment.author, { name: changed }), (a) => a.comments[0]?.author_name],
  ];

  it.each(writes)("%s", async (_collection, write, shown) => {
    expect(shown(await page())).not.toBe(changed);
    await write(await admin());
    expect(shown(await page())).toBe(changed);
  });
});
