import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { hypothesisData, pilotData, statusOf } from "./fixtures.ts";
import { freshNeighbours } from "./fresh-neighbours.ts";

/**
 * Hypotheses, budget lines and risks follow their pilot: read by whoever may read the pilot,
 * written only by the innovatiemanager and directeur of the pilot's municipality, never moved to
 * another pilot. Relation filters, expand and the batch API must not open a side door.
 *
 * This file: relation filters and expand.
 */

describe("relation filters and expand are no side door", () => {
  const n = freshNeighbours();
  let secret: RecordModel;
  let secretHypothesis: RecordModel;
  let shared: RecordModel;
  let sharedHypothesis: RecordModel;
  let adoption: RecordModel;

  beforeAll(async () => {
    // The peer adopted this pilot while it was shared with the network; since then its owner made it private.
    secret = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id, { visibility: "network" }));
    adoption = await n.as.otherManager
      .collection("pilots")
      .create(pilotData(n.other.municipality.id, { visibility: "public", adopted_from: secret.id, stage: "ontwerp" }));
    secret = await n.as.ownManager.collection("pilots").update(secret.id, { visibility: "private" });
    secretHypothesis = await n.as.ownManager.collection("hypotheses").create(hypothesisData(secret.id));
    shared = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id, { visibility: "network" }));
    sharedHypothesis = await n.as.ownManager.collection("hypotheses").create(hypothesisData(shared.id));
  });

  it.each(["otherManager", "otherColleague", "guest"] as const)(
    "%s: filter pilot.title ~ … with expand=pilot finds no row of a private pilot",
    async (actor) => {
      const pb = n.as[actor];
      const found = await pb.collection("hypotheses").getList(1, 10, {
        filter: pb.filter("pilot.title ~ {:t}", { t: secret.title }),
        expand: "pilot",
      });
      expect(found.items).toEqual([]);
      expect(found.totalItems).toBe(0);
    },
  );

  it("a peer finds and expands the rows of a network pilot the same way (control)", async () => {
    const pb = n.as.otherColleague;
    const found = await pb.collection("hypotheses").getList(1, 10, {
      filter: pb.filter("pilot.title ~ {:t}", { t: shared.title }),
      expand: "pilot",
    });
    expect(found.items.map((h) => h.id)).toEqual([sharedHypothesis.id]);
    expect(found.items[0]?.expand?.pilot?.id).toBe(shared.id);
  });

  it("the own colleague finds and expands the private pilot's rows (control)", async () => {
    const pb = n.as.ownColleague;
    const found = await pb.collection("hypotheses").getList(1, 10, {
      filter: pb.filter("pilot.title ~ {:t}", { t: secret.title }),
      expand: "pilot",
    });
    expect(found.items.map((h) => h.id)).toEqual([secretHypothesis.id]);
    expect(found.items[0]?.expand?.pilot?.title).toBe(secret.title);
  });

  it.each(["otherManager", "otherColleague", "guest"] as const)(
    "%s: expand=adopted_from does not expand a private pilot",
    async (actor) => {
      const pb = n.as[actor];
      const viewed = await pb.collection("pilots").getOne(adoption.id, { expand: "adopted_from" });
      expect(viewed.expand?.adopted_from).toBeUndefined();
      const listed = await pb.collection("pilots").getFullList({
        filter: pb.filter("id = {:id}", { id: adoption.id }),
        expand: "adopted_from",
      });
      expect(listed.map((p) => p.id)).toEqual([adoption.id]);
      expect(listed[0]?.expand?.adopted_from).toBeUndefined();
    },
  );

  it.each(["otherManager", "otherColleague", "guest"] as const)(
    "%s: filter adopted_from.title ~ … does not reveal a private pilot's title",
    async (actor) => {
      const pb = n.as[actor];
      const found = await pb.collection("pilots").getList(1, 10, {
        filter: pb.filter("adopted_from.title ~ {:t}", { t: secret.title }),
      });
      expect(found.totalItems).toBe(0);
    },
  );

  it.each(["otherManager", "otherColleague", "guest"] as const)(
    "%s: a back-relation filter on municipalities (pilots_via_municipality) does not reveal a private pilot",
    async (actor) => {
      const pb = n.as[actor];
      const found = await pb.collection("municipalities").getList(1, 10, {
        filter: pb.filter("id = {:m} && pilots_via_municipality.title ?~ {:t}", { m: n.own.municipality.id, t: secret.title }),
      });
      expect(found.totalItems).toBe(0);
    },
  );

  it("the own colleague finds the municipality by that back-relation filter (control)", async () => {
    const pb = n.as.ownColleague;
    const found = await pb.collection("municipalities").getFullList({
      filter: pb.filter("id = {:m} && pilots_via_municipality.title ?~ {:t}", { m: n.own.municipality.id, t: secret.title }),
    });
    expect(found.map((m) => m.id)).toEqual([n.own.municipality.id]);
  });

  it.each(["otherManager", "guest"] as const)("%s cannot filter through @collection.pilots (403)", async (actor) => {
    const pb = n.as[actor];
    const probe = pb.collection("municipalities").getList(1, 10, {
      filter: pb.filter("@collection.pilots.title ?~ {:t} && @collection.pilots.municipality ?= id", { t: secret.title }),
    });
    expect(await statusOf(probe)).toBe(403);
  });

  it("the own colleague, who may read the private pilot, finds the adoption by that filter (control)", async () => {
    const pb = n.as.ownColleague;
    const found = await pb.collection("pilots").getFullList({
      filter: pb.filter("adopted_from.title ~ {:t}", { t: secret.title }),
      expand: "adopted_from",
    });
    expect(found.map((p) => p.id)).toEqual([adoption.id]);
    expect(found[0]?.expand?.adopted_from?.id).toBe(secret.id);
  });

  it("the own colleague finds the adoption through the private pilot's hypotheses (control)", async () => {
    const pb = n.as.ownColleague;
    const found = await pb.collection("pilots").getFullList({
      filter: pb.filter("adopted_from.hypotheses_via_pilot.statement ?~ {:s}", { s: "coachen" }),
    });
    expect(found.map((p) => p.id)).toContain(adoption.id);
  });

  it.each(["otherManager", "otherColleague", "guest"] as const)(
    "%s: a back-relation filter through adopted_from does not reveal a private pilot's rows",
    async (actor) => {
      const pb = n.as[actor];
      const found = await pb.collection("pilots").getList(1, 10, {
        filter: pb.filter("id = {:id} && adopted_from.hypotheses_via_pilot.statement ?~ {:s}", { s: "coachen", id: adoption.id }),
      });
      expect(found.totalItems).toBe(0);
    },
  );
});
