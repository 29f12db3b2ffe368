import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { type Actor, type Visibility, actors, countAsAdmin, listOutcome, refusalOf, statusOf, visibilities } from "./fixtures.ts";
import { freshNeighbours } from "./fresh-neighbours.ts";
import { decide, gatePilots } from "./stage-gate-pilots.ts";

/**
 * Who may record and who may read a stage-gate decision (the decisions rules, migration
 * 1764152100): only the pilot's own directeur records one; a signed-in reader who may see the pilot
 * reads its decisions, a guest none (not even of a public pilot). PocketBase answers a refused
 * create with 400, a refused view with 404 and a refused list with an empty page.
 */

const n = freshNeighbours();
const { pilotReadyToDecide, decidedPilot } = gatePilots(n);

/** Signed in and allowed to see the pilot: the rule of the decisions' list and view. */
const mayReadDecisions = (actor: Actor, visibility: Visibility) =>
  actor !== "guest" && (visibility !== "private" || actor.startsWith("own"));

describe("recording a decision", () => {
  const rows = actors.map((actor) => ({ actor, status: actor === "ownDirector" ? 200 : 400 }));

  it.each(rows)("$actor records a decision on a public pilot ready for one: $status", async ({ actor, status }) => {
    const { pilot } = await pilotReadyToDecide("public");
    expect(await statusOf(decide(n.as[actor], pilot.id))).toBe(status);
    expect(await countAsAdmin("decisions", "pilot = {:p}", { p: pilot.id })).toBe(status === 200 ? 1 : 0);
    expect((await n.as.guest.collection("pilots").getOne(pilot.id)).stage).toBe(status === 200 ? "besluit" : "evaluatie");
  });

  it("the create rule names no field (the refusal says nothing about the pilot)", async () => {
    const { pilot } = await pilotReadyToDecide("public");
    expect(await refusalOf(decide(n.as.otherDirector, pilot.id))).toEqual({ status: 400, fields: [] });
  });

  it("another municipality's directeur cannot decide on a private pilot either (400)", async () => {
    const { pilot } = await pilotReadyToDecide("private");
    expect(await refusalOf(decide(n.as.otherDirector, pilot.id))).toEqual({ status: 400, fields: [] });
    expect(await countAsAdmin("decisions", "pilot = {:p}", { p: pilot.id })).toBe(0);
  });
});

describe("reading decisions", () => {
  const decisions = {} as Record<Visibility, RecordModel>;

  beforeAll(async () => {
    for (const visibility of visibilities) decisions[visibility] = (await decidedPilot(visibility)).decision;
  });

  const rows = visibilities.flatMap((visibility) =>
    actors.map((actor) => ({ actor, visibility, may: mayReadDecisions(actor, visibility) })),
  );

  it.each(rows)("$actor views the decision on a $visibility pilot: $may", async ({ actor, visibility, may }) => {
    expect(await statusOf(n.as[actor].collection("decisions").getOne(decisions[visibility].id))).toBe(may ? 200 : 404);
  });

  it.each(rows)("$actor lists the decisions of a $visibility pilot: $may", async ({ actor, visibility, may }) => {
    const pb = n.as[actor];
    const filter = pb.filter("pilot = {:p}", { p: decisions[visibility].pilot });
    expect(await listOutcome(pb.collection("decisions").getList(1, 10, { filter }))).toEqual({
      status: 200,
      ids: may ? [decisions[visibility].id] : [],
    });
  });

  it.each(actors)("%s asking for all three decisions by id gets exactly those it may read", async (actor) => {
    const pb = n.as[actor];
    const ids = visibilities.map((v) => decisions[v].id);
    const filter = ids.map((_, i) => `id = {:id${i}}`).join(" || ");
    const params = Object.fromEntries(ids.map((id, i) => [`id${i}`, id]));
    const listed = await listOutcome(pb.collection("decisions").getList(1, 10, { filter: pb.filter(filter, params) }));
    expect(listed.ids).toEqual(
      visibilities
        .filter((v) => mayReadDecisions(actor, v))
        .map((v) => decisions[v].id)
        .sort(),
    );
  });
});
