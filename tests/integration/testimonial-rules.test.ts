import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type Actor,
  type Neighbours,
  type Visibility,
  actors,
  countAsAdmin,
  createNeighbours,
  listOutcome,
  pilotData,
  refusalOf,
  statusOf,
  storedAsAdmin,
  visibilities,
  writers,
} from "./fixtures.ts";
import { evaluationData, testimonialData } from "./evaluation-fixtures.ts";

/**
 * Testimonials are quotes of participants: they never leave the owning municipality, not even for a
 * public pilot, and not through expand or a back-relation filter. None is stored without consent;
 * only the innovatiemanager and directeur of the municipality write them; at most 20 per evaluation.
 */

const own = (actor: Actor) => actor.startsWith("own");
const outsiders = ["otherManager", "otherDirector", "otherColleague", "guest"] as const;

/** A word only this run's quotes contain. */
const secretWord = () => `geheimwoord${Math.random().toString(36).slice(2, 10)}`;

describe("reading testimonials", () => {
  let n: Neighbours;
  const word = secretWord();
  const pilots = {} as Record<Visibility, RecordModel>;
  const evaluations = {} as Record<Visibility, RecordModel>;
  const testimonials = {} as Record<Visibility, RecordModel>;
  // A public pilot and evaluation every actor may read, ORed into each probe (see listOutcome).
  let controlPilot: RecordModel;
  let controlEvaluation: RecordModel;

  beforeAll(async () => {
    n = await createNeighbours();
    for (const visibility of visibilities) {
      pilots[visibility] = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id, { visibility }));
      evaluations[visibility] = await n.as.ownManager.collection("evaluations").create(evaluationData(pilots[visibility].id));
      testimonials[visibility] = await n.as.ownManager
        .collection("testimonials")
        .create(testimonialData(evaluations[visibility].id, { quote: `Ik vertel u iets persoonlijks: ${word}.` }));
    }
    controlPilot = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id, { visibility: "public" }));
    controlEvaluation = await n.as.ownManager.collection("evaluations").create(evaluationData(controlPilot.id));
  });

  it.each(actors)("%s lists and views the testimonials of every pilot only if it is of the own municipality", async (actor) => {
    const pb = n.as[actor];
    const listed = await pb.collection("testimonials").getFullList({
      filter: pb.filter("evaluation = {:a} || evaluation = {:b} || evaluation = {:c}", {
        a: evaluations.private.id,
        b: evaluations.network.id,
        c: evaluations.public.id,
      }),
    });
    const expected = own(actor) ? visibilities.map((v) => testimonials[v].id).sort() : [];
    expect(listed.map((t) => t.id).sort()).toEqual(expected);
    for (const visibility of visibilities) {
      expect(await statusOf(pb.collection("testimonials").getOne(testimonials[visibility].id))).toBe(own(actor) ? 200 : 404);
    }
  });

  it.each(outsiders)("%s: expand=testimonials_via_evaluation on a public pilot's evaluation reveals nothing", async (actor) => {
    const pb = n.as[actor];
    const viewed = await pb.collection("evaluations").getOne(evaluations.public.id, { expand: "testimonials_via_evaluation" });
    expect(viewed.id).toBe(evaluations.public.id);
    expect(viewed.expand?.testimonials_via_evaluation).toBeUndefined();
    const listed = await pb.collection("evaluations").getFullList({
      filter: pb.filter("pilot = {:p}", { p: pilots.public.id }),
      expand: "testimonials_via_evaluation,pilot",
    });
    expect(listed.map((e) => e.id)).toEqual([evaluations.public.id]);
    expect(listed[0]?.expand?.testimonials_via_evaluation).toBeUndefined();
    expect(JSON.stringify(listed)).not.toContain(word);
  });

  it("the own colleague sees the quote through expand (control)", async () => {
    const viewed = await n.as.ownColleague
      .collection("evaluations")
      .getOne(evaluations.public.id, { expand: "testimonials_via_evaluation" });
    const expanded = viewed.expand?.testimonials_via_evaluation as RecordModel[] | undefined;
    expect(expanded?.map((t) => t.id)).toEqual([testimonials.public.id]);
  });

  const probes: ReadonlyArray<{ collection: "evaluations" | "pilots"; filter: string }> = [
    { collection: "evaluations", filter: "testimonials_via_evaluation.quote ~ {:q}" },
    { collection: "evaluations", filter: "testimonials_via_evaluation.quote ?~ {:q}" },
    { collection: "evaluations", filter: "testimonials_via_evaluation.label ?~ {:q}" },
    { collection: "pilots", filter: "evaluations_via_pilot.testimonials_via_evaluation.quote ?~ {:q}" },
  ];
  const probeRows = outsiders.flatMap((actor) => probes.map((probe) => ({ actor, ...probe })));

  it.each(probeRows)(
    "$actor: $collection filtered by $filter answers the same for the quote and a non-matching one",
    async ({ actor, collection, filter }) => {
      const pb = n.as[actor];
      const [anchor, control] =
        collection === "pilots" ? [pilots.public.id, controlPilot.id] : [evaluations.public.id, controlEvaluation.id];
      const ask = (q: string) =>
        listOutcome(
          pb
            .collection(collection)
            .getList(1, 10, { filter: pb.filter(`id = {:control} || (id = {:id} && ${filter})`, { control, id: anchor, q }) }),
        );
      const [matching, nonMatching] = [await ask(word), await ask(secretWord())];
      expect(matching).toEqual(nonMatching);
      expect(matching).toEqual({ status: 200, ids: [control] });
    },
  );

  it("the own colleague finds the evaluations by the quote and not by another word (control: the probe works)", async () => {
    const pb = n.as.ownColleague;
    const ask = async (q: string) =>
      (await pb.collection("evaluations").getFullList({ filter: pb.filter("testimonials_via_evaluation.quote ?~ {:q}", { q }) }))
        .map((e) => e.id)
        .sort();
    expect(await ask(word)).toEqual(visibilities.map((v) => evaluations[v].id).sort());
    expect(await ask(secretWord())).toEqual([]);
  });
});

describe("writing testimonials", () => {
  let n: Neighbours;
  let pilot: RecordModel;
  let evaluation: RecordModel;

  beforeAll(async () => {
    n = await createNeighbours();
    pilot = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id, { visibility: "public" }));
    evaluation = await n.as.ownManager.collection("evaluations").create(evaluationData(pilot.id));
  });

  it.each([
    { what: "consent false", data: { consent: false } },
    { what: "consent missing", data: { consent: undefined } },
  ])("a testimonial with $what is refused (400 on consent) and not stored", async ({ data }) => {
    const quote = `Zonder toestemming ${secretWord()}`;
    const body: Record<string, unknown> = testimonialData(evaluation.id, { quote, ...data });
    if (body.consent === undefined) delete body.consent;
    expect(await refusalOf(n.as.ownManager.collection("testimonials").create(body))).toEqual({ status: 400, fields: ["consent"] });
    expect(await countAsAdmin("testimonials", "quote = {:q}", { q: quote })).toBe(0);
  });

  it("consent cannot be withdrawn by an update while the quote stays (400)", async () => {
    const testimonial = await n.as.ownManager.collection("testimonials").create(testimonialData(evaluation.id));
    expect(await refusalOf(n.as.ownManager.collection("testimonials").update(testimonial.id, { consent: false }))).toEqual({
      status: 400,
      fields: ["consent"],
    });
    expect((await storedAsAdmin("testimonials", testimonial.id)).consent).toBe(true);
  });

  const createRows = actors.map((actor) => ({ actor, status: writers.includes(actor) ? 200 : 400 }));

  it.each(createRows)("$actor creates a testimonial on a public pilot's evaluation: $status", async ({ actor, status }) => {
    const quote = `Een citaat ${secretWord()}`;
    expect(await statusOf(n.as[actor].collection("testimonials").create(testimonialData(evaluation.id, { quote })))).toBe(status);
    expect(await countAsAdmin("testimonials", "quote = {:q}", { q: quote })).toBe(status === 200 ? 1 : 0);
  });

  const changeRows = actors.map((actor) => ({ actor, status: writers.includes(actor) ? 200 : 404 }));

  it.each(changeRows)("$actor updates a testimonial: $status", async ({ actor, status }) => {
    const testimonial = await n.as.ownManager.collection("testimonials").create(testimonialData(evaluation.id));
    expect(await statusOf(n.as[actor].collection("testimonials").update(testimonial.id, { label: "deelnemer B, 31 jaar" }))).toBe(status);
    expect((await storedAsAdmin("testimonials", testimonial.id)).label).toBe(status === 200 ? "deelnemer B, 31 jaar" : testimonial.label);
  });

  it.each(changeRows)("$actor deletes a testimonial: $status", async ({ actor, status }) => {
    const testimonial = await n.as.ownManager.collection("testimonials").create(testimonialData(evaluation.id));
    expect(await statusOf(n.as[actor].collection("testimonials").delete(testimonial.id))).toBe(status);
    expect(await countAsAdmin("testimonials", "id = {:id}", { id: testimonial.id })).toBe(status === 200 ? 0 : 1);
  });

  it("a testimonial cannot move to another evaluation (404)", async () => {
    const testimonial = await n.as.ownManager.collection("testimonials").create(testimonialData(evaluation.id));
    const another = await n.as.ownManager.collection("evaluations").create(evaluationData(pilot.id));
    expect(await statusOf(n.as.ownManager.collection("testimonials").update(testimonial.id, { evaluation: another.id }))).toBe(404);
    expect((await storedAsAdmin("testimonials", testimonial.id)).evaluation).toBe(evaluation.id);
  });

  it("an outsider cannot put a testimonial on a public pilot's evaluation through a batch (400)", async () => {
    const quote = `Via een batch ${secretWord()}`;
    const batch = n.as.otherManager.createBatch();
    batch.collection("testimonials").create(testimonialData(evaluation.id, { quote }));
    expect(await statusOf(batch.send())).toBe(400);
    expect(await countAsAdmin("testimonials", "quote = {:q}", { q: quote })).toBe(0);
  });
});

describe("at most 20 testimonials per evaluation", () => {
  let n: Neighbours;
  let pilot: RecordModel;

  beforeAll(async () => {
    n = await createNeighbours();
    pilot = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id));
  });

  it("the 21st testimonial of an evaluation is refused (400 on evaluation)", async () => {
    const evaluation = await n.as.ownManager.collection("evaluations").create(evaluationData(pilot.id));
    const batch = n.as.ownManager.createBatch();
    for (let i = 0; i < 20; i++) batch.collection("testimonials").create(testimonialData(evaluation.id, { label: `deelnemer ${i}` }));
    await batch.send();
    expect(await countAsAdmin("testimonials", "evaluation = {:e}", { e: evaluation.id })).toBe(20);
    expect(await refusalOf(n.as.ownDirector.collection("testimonials").create(testimonialData(evaluation.id)))).toEqual({
      status: 400,
      fields: ["evaluation"],
    });
    expect(await countAsAdmin("testimonials", "evaluation = {:e}", { e: evaluation.id })).toBe(20);
  });

  it("a batch of 21 testimonials is refused as a whole", async () => {
    const evaluation = await n.as.ownManager.collection("evaluations").create(evaluationData(pilot.id));
    const batch = n.as.ownManager.createBatch();
    for (let i = 0; i < 21; i++) batch.collection("testimonials").create(testimonialData(evaluation.id, { label: `deelnemer ${i}` }));
    expect(await statusOf(batch.send())).toBe(400);
    expect(await countAsAdmin("testimonials", "evaluation = {:e}", { e: evaluation.id })).toBe(0);
  });

  it("after deleting one of 20, a new testimonial fits again", async () => {
    const evaluation = await n.as.ownManager.collection("evaluations").create(evaluationData(pilot.id));
    const batch = n.as.ownManager.createBatch();
    for (let i = 0; i < 20; i++) batch.collection("testimonials").create(testimonialData(evaluation.id, { label: `deelnemer ${i}` }));
    const created = await batch.send();
    const first = created[0]?.body as { id?: string } | undefined;
    await n.as.ownManager.collection("testimonials").delete(first?.id ?? "");
    expect(await statusOf(n.as.ownManager.collection("testimonials").create(testimonialData(evaluation.id)))).toBe(200);
    expect(await countAsAdmin("testimonials", "evaluation = {:e}", { e: evaluation.id })).toBe(20);
  });
});
