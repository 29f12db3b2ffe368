import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type Neighbours,
  type Visibility,
  actors,
  budgetLineData,
  countAsAdmin,
  createNeighbours,
  hypothesisData,
  mayRead,
  newRecordId,
  pilotData,
  riskData,
  statusOf,
  storedAsAdmin,
  visibilities,
} from "./fixtures.ts";

/**
 * Hypotheses, budget lines and risks follow their pilot: read by whoever may read the pilot,
 * written only by the innovatiemanager and directeur of the pilot's municipality, never moved to
 * another pilot. Relation filters, expand and the batch API must not open a side door.
 */

type ChildCollection = "hypotheses" | "budget_lines" | "risks";
const childData: Record<ChildCollection, (pilotId: string, overrides?: Record<string, unknown>) => Record<string, unknown>> = {
  hypotheses: hypothesisData,
  budget_lines: budgetLineData,
  risks: riskData,
};
const children = Object.keys(childData) as ChildCollection[];

describe("reading a pilot's rows", () => {
  let n: Neighbours;
  const pilots = {} as Record<Visibility, RecordModel>;
  const rows = {} as Record<ChildCollection, Record<Visibility, RecordModel>>;

  beforeAll(async () => {
    n = await createNeighbours();
    for (const visibility of visibilities) {
      pilots[visibility] = await n.as.ownManager
        .collection("pilots")
        .create(pilotData(n.own.municipality.id, { visibility }));
    }
    for (const collection of children) {
      rows[collection] = {} as Record<Visibility, RecordModel>;
      for (const visibility of visibilities) {
        rows[collection][visibility] = await n.as.ownManager
          .collection(collection)
          .create(childData[collection](pilots[visibility].id));
      }
    }
  });

  const viewRows = children.flatMap((collection) =>
    visibilities.flatMap((visibility) =>
      actors.map((actor) => ({ collection, actor, visibility, status: mayRead(actor, visibility) ? 200 : 404 })),
    ),
  );

  it.each(viewRows)("$actor views $collection of a $visibility pilot: $status", async ({ collection, actor, visibility, status }) => {
    expect(await statusOf(n.as[actor].collection(collection).getOne(rows[collection][visibility].id))).toBe(status);
  });

  const listRows = children.flatMap((collection) => actors.map((actor) => ({ collection, actor })));

  it.each(listRows)("$actor lists exactly the $collection it may read", async ({ collection, actor }) => {
    const pb = n.as[actor];
    const filter = pb.filter("pilot = {:a} || pilot = {:b} || pilot = {:c}", {
      a: pilots.private.id,
      b: pilots.network.id,
      c: pilots.public.id,
    });
    const listed = await pb.collection(collection).getFullList({ filter });
    const expected = visibilities.filter((v) => mayRead(actor, v)).map((v) => rows[collection][v].id);
    expect(listed.map((r) => r.id).sort()).toEqual(expected.sort());
  });
});

describe("relation filters and expand are no side door", () => {
  let n: Neighbours;
  let secret: RecordModel;
  let secretHypothesis: RecordModel;
  let shared: RecordModel;
  let sharedHypothesis: RecordModel;
  let adoption: RecordModel;

  beforeAll(async () => {
    n = await createNeighbours();
    // The peer adopted this pilot while it was shared with the network; since then its owner made it private.
    secret = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id, { visibility: "network" }));
    adoption = await n.as.otherManager
      .collection("pilots")
      .create(pilotData(n.other.municipality.id, { visibility: "public", adopted_from: secret.id }));
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

describe("writing a pilot's rows", () => {
  let n: Neighbours;
  const pilots = {} as Record<Visibility, RecordModel>;
  let ownOtherPilot: RecordModel;
  let outsidersPilot: RecordModel;

  beforeAll(async () => {
    n = await createNeighbours();
    for (const visibility of visibilities) {
      pilots[visibility] = await n.as.ownManager
        .collection("pilots")
        .create(pilotData(n.own.municipality.id, { visibility }));
    }
    ownOtherPilot = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id));
    outsidersPilot = await n.as.otherManager.collection("pilots").create(pilotData(n.other.municipality.id));
  });

  const writerStatus = (actor: string, refused: number) => (actor === "ownManager" || actor === "ownDirector" ? 200 : refused);

  const createRows = children.flatMap((collection) =>
    (["private", "public"] as const).flatMap((visibility) =>
      actors.map((actor) => ({ collection, visibility, actor, status: writerStatus(actor, 400) })),
    ),
  );

  it.each(createRows)("$actor creates $collection on a $visibility pilot: $status", async ({ collection, visibility, actor, status }) => {
    const pilot = pilots[visibility];
    const before = await countAsAdmin(collection, "pilot = {:p}", { p: pilot.id });
    expect(await statusOf(n.as[actor].collection(collection).create(childData[collection](pilot.id)))).toBe(status);
    expect(await countAsAdmin(collection, "pilot = {:p}", { p: pilot.id })).toBe(before + (status === 200 ? 1 : 0));
  });

  const changeRows = children.flatMap((collection) =>
    actors.map((actor) => ({ collection, actor, status: writerStatus(actor, 404) })),
  );

  it.each(changeRows)("$actor updates $collection of a public pilot: $status", async ({ collection, actor, status }) => {
    const row = await n.as.ownManager.collection(collection).create(childData[collection](pilots.public.id));
    const change = collection === "budget_lines" ? { year: 2030 } : collection === "risks" ? { impact: 1 } : { unit: "personen" };
    expect(await statusOf(n.as[actor].collection(collection).update(row.id, change))).toBe(status);
    const stored = await storedAsAdmin(collection, row.id);
    const [field, value] = Object.entries(change)[0]!;
    expect(stored[field]).toBe(status === 200 ? value : row[field]);
  });

  it.each(changeRows)("$actor deletes $collection of a public pilot: $status", async ({ collection, actor, status }) => {
    const row = await n.as.ownManager.collection(collection).create(childData[collection](pilots.public.id));
    expect(await statusOf(n.as[actor].collection(collection).delete(row.id))).toBe(status);
    expect(await countAsAdmin(collection, "id = {:id}", { id: row.id })).toBe(status === 200 ? 0 : 1);
  });

  const moveRows = children.flatMap((collection) => [
    { collection, actor: "ownManager", target: "the own municipality's other pilot" },
    { collection, actor: "ownDirector", target: "the own municipality's other pilot" },
    { collection, actor: "ownManager", target: "another municipality's pilot" },
  ] as const);

  it.each(moveRows)("$actor cannot move $collection to $target (404)", async ({ collection, actor, target }) => {
    const row = await n.as.ownManager.collection(collection).create(childData[collection](pilots.private.id));
    const destination = target === "another municipality's pilot" ? outsidersPilot : ownOtherPilot;
    expect(await statusOf(n.as[actor].collection(collection).update(row.id, { pilot: destination.id }))).toBe(404);
    expect((await storedAsAdmin(collection, row.id)).pilot).toBe(pilots.private.id);
  });

  it.each(children)("an outsider cannot move its own %s onto someone else's pilot (404)", async (collection) => {
    const row = await n.as.otherManager.collection(collection).create(childData[collection](outsidersPilot.id));
    expect(await statusOf(n.as.otherManager.collection(collection).update(row.id, { pilot: pilots.public.id }))).toBe(404);
    expect((await storedAsAdmin(collection, row.id)).pilot).toBe(outsidersPilot.id);
  });

  it.each(children)("sending the unchanged pilot along with an edit of %s is allowed", async (collection) => {
    const row = await n.as.ownManager.collection(collection).create(childData[collection](pilots.private.id));
    expect(await statusOf(n.as.ownDirector.collection(collection).update(row.id, { ...childData[collection](pilots.private.id) }))).toBe(200);
  });
});

describe("the batch API checks every sub-request", () => {
  let n: Neighbours;
  let secret: RecordModel;

  beforeAll(async () => {
    n = await createNeighbours();
    secret = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id, { visibility: "private" }));
  });

  it("a manager saves a pilot with its rows in one batch (control)", async () => {
    const data = pilotData(n.own.municipality.id);
    const batch = n.as.ownManager.createBatch();
    const id = newRecordId();
    batch.collection("pilots").create({ ...data, id });
    batch.collection("hypotheses").create(hypothesisData(id));
    batch.collection("budget_lines").create(budgetLineData(id));
    batch.collection("risks").create(riskData(id));
    const result = await batch.send();
    expect(result.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    for (const collection of children) expect(await countAsAdmin(collection, "pilot = {:id}", { id })).toBe(1);
  });

  it.each(children)("an outsider's batch creating %s on a private pilot is refused and creates nothing", async (collection) => {
    const batch = n.as.otherManager.createBatch();
    batch.collection(collection).create(childData[collection](secret.id));
    expect(await statusOf(batch.send())).toBe(400);
    expect(await countAsAdmin(collection, "pilot = {:p}", { p: secret.id })).toBe(0);
  });

  it("an outsider's batch with a valid own pilot and a row on a private pilot rolls back entirely", async () => {
    const own = pilotData(n.other.municipality.id);
    const batch = n.as.otherManager.createBatch();
    batch.collection("pilots").create(own);
    batch.collection("hypotheses").create(hypothesisData(secret.id));
    expect(await statusOf(batch.send())).toBe(400);
    expect(await countAsAdmin("pilots", "title = {:t}", { t: own.title })).toBe(0);
    expect(await countAsAdmin("hypotheses", "pilot = {:p}", { p: secret.id })).toBe(0);
  });

  it("an outsider's batch cannot update or delete someone else's public pilot", async () => {
    const open = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id, { visibility: "public" }));
    const update = n.as.otherDirector.createBatch();
    update.collection("pilots").update(open.id, { title: "Overgenomen titel" });
    expect(await statusOf(update.send())).toBe(400);
    const remove = n.as.otherDirector.createBatch();
    remove.collection("pilots").delete(open.id);
    expect(await statusOf(remove.send())).toBe(400);
    expect((await storedAsAdmin("pilots", open.id)).title).toBe(open.title);
  });

  it("a manager's batch with one valid and one invalid row rolls back entirely", async () => {
    const pilot = pilotData(n.own.municipality.id);
    const id = newRecordId();
    const batch = n.as.ownManager.createBatch();
    batch.collection("pilots").create({ ...pilot, id });
    batch.collection("hypotheses").create(hypothesisData(id));
    batch.collection("risks").create(riskData(id, { likelihood: 9 }));
    expect(await statusOf(batch.send())).toBe(400);
    expect(await countAsAdmin("pilots", "id = {:id}", { id })).toBe(0);
    expect(await countAsAdmin("hypotheses", "pilot = {:id}", { id })).toBe(0);
    expect(await countAsAdmin("audit_log", "record = {:id}", { id })).toBe(0);
  });
});
