import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { listAuditLog } from "../../src/data/audit-log.ts";
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

/**
 * pb_hooks/audit.pb.js leaves an entry for every create, update and delete through the API on a
 * pilot and its rows (an update that changes nothing leaves none; the writes of one batch share a
 * line: tests/integration/audit-lines.test.ts). Users read their own municipality's entries; nobody
 * writes them by the API.
 */

type Audited = "pilots" | "hypotheses" | "budget_lines" | "risks";

/** The entries for one record, as the superuser sees them. */
async function entriesFor(collection: Audited, record: string, action?: string): Promise<RecordModel[]> {
  const pb = await admin();
  const filter = action
    ? pb.filter("collection = {:c} && record = {:r} && action = {:a}", { c: collection, r: record, a: action })
    : pb.filter("collection = {:c} && record = {:r}", { c: collection, r: record });
  return pb.collection("audit_log").getFullList({ filter });
}

/** What each collection gets for a record, and an edit of two fields. */
const cases: ReadonlyArray<{
  collection: Audited;
  data: (n: Neighbours, pilotId: string) => Record<string, unknown>;
  edit: Record<string, unknown>;
}> = [
  { collection: "pilots", data: (n) => pilotData(n.own.municipality.id), edit: { title: "Een nieuwe titel", stage: "evaluatie" } },
  { collection: "hypotheses", data: (_, p) => hypothesisData(p), edit: { target: 80, verdict: "bevestigd" } },
  { collection: "budget_lines", data: (_, p) => budgetLineData(p), edit: { spent_cents: 20_000_000, year: 2027 } },
  { collection: "risks", data: (_, p) => riskData(p), edit: { likelihood: 1, status: "beheerst" } },
];

describe("what the audit log records", () => {
  let n: Neighbours;
  let pilot: RecordModel;

  beforeAll(async () => {
    n = await createNeighbours();
    pilot = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id, { visibility: "public" }));
  });

  it.each(cases)("$collection: create, update and delete each leave one entry", async ({ collection, data, edit }) => {
    const record = await n.as.ownManager.collection(collection).create(data(n, pilot.id));
    await n.as.ownDirector.collection(collection).update(record.id, edit);
    await n.as.ownManager.collection(collection).delete(record.id);

    const entries = await entriesFor(collection, record.id);
    const summary = entries
      .map((e) => ({
        action: e.action,
        municipality: e.municipality,
        actor: e.actor,
        actor_name: e.actor_name,
        collection: e.collection,
        record: e.record,
        changed_fields: [...((e.changed_fields as string[] | null) ?? [])].sort(),
      }))
      .sort((a, b) => a.action.localeCompare(b.action));
    const base = { municipality: n.own.municipality.id, collection, record: record.id };
    const manager = { actor: n.own.users.manager.id, actor_name: n.own.users.manager.name };
    const director = { actor: n.own.users.director.id, actor_name: n.own.users.director.name };
    expect(summary).toEqual([
      { action: "create", ...base, ...manager, changed_fields: [] },
      { action: "delete", ...base, ...manager, changed_fields: [] },
      { action: "update", ...base, ...director, changed_fields: Object.keys(edit).sort() },
    ]);
    for (const entry of entries) expect(entry.time).not.toBe("");
  });

  it("an update that sends the whole record lists only the field that changed", async () => {
    const data = pilotData(n.own.municipality.id, { start_date: "2026-01-01", end_date: "2026-12-31" });
    const record = await n.as.ownManager.collection("pilots").create(data);
    await n.as.ownManager.collection("pilots").update(record.id, { ...data, summary: "Een andere korte samenvatting." });
    const [entry, ...more] = await entriesFor("pilots", record.id, "update");
    expect(more).toEqual([]);
    expect(entry?.changed_fields).toEqual(["summary"]);
  });

  it("an update that changes nothing leaves no entry", async () => {
    const record = await n.as.ownManager.collection("risks").create(riskData(pilot.id));
    await n.as.ownManager.collection("risks").update(record.id, { impact: record.impact });
    expect(await entriesFor("risks", record.id, "update")).toEqual([]);
    await n.as.ownManager.collection("risks").update(record.id, { impact: 5 });
    expect((await entriesFor("risks", record.id, "update")).map((entry) => entry.changed_fields)).toEqual([["impact"]]);
  });

  it("a refused write leaves no entry", async () => {
    const record = await n.as.ownManager.collection("hypotheses").create(hypothesisData(pilot.id));
    expect(await statusOf(n.as.otherManager.collection("hypotheses").update(record.id, { target: 1 }))).toBe(404);
    expect(await statusOf(n.as.otherManager.collection("hypotheses").delete(record.id))).toBe(404);
    expect(await statusOf(n.as.ownManager.collection("hypotheses").update(record.id, { pilot: "" }))).toBe(404);
    expect((await entriesFor("hypotheses", record.id)).map((e) => e.action)).toEqual(["create"]);
  });

  it("a write rejected by validation leaves no entry", async () => {
    const record = await n.as.ownManager.collection("risks").create(riskData(pilot.id));
    expect(await statusOf(n.as.ownManager.collection("risks").update(record.id, { impact: 6 }))).toBe(400);
    expect((await entriesFor("risks", record.id)).map((e) => e.action)).toEqual(["create"]);
  });

  it("an entry of a deleted row keeps its pilot's municipality", async () => {
    const own = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id));
    const row = await n.as.ownManager.collection("budget_lines").create(budgetLineData(own.id));
    await n.as.ownManager.collection("budget_lines").delete(row.id);
    const [entry] = await entriesFor("budget_lines", row.id, "delete");
    expect(entry?.municipality).toBe(n.own.municipality.id);
  });
});

describe("who reads the audit log", () => {
  let n: Neighbours;
  let pilot: RecordModel;
  let entry: RecordModel;

  beforeAll(async () => {
    n = await createNeighbours();
    pilot = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id, { visibility: "public" }));
    const [created] = await entriesFor("pilots", pilot.id, "create");
    entry = created!;
  });

  it.each(["ownManager", "ownDirector", "ownColleague"] as const)("%s reads the own municipality's entries", async (actor) => {
    const pb = n.as[actor];
    const listed = await pb.collection("audit_log").getFullList({ filter: pb.filter("record = {:r}", { r: pilot.id }) });
    expect(listed.map((e) => e.id)).toEqual([entry.id]);
    expect(await statusOf(pb.collection("audit_log").getOne(entry.id))).toBe(200);
  });

  it.each(["otherManager", "otherDirector", "otherColleague", "guest"] as const)(
    "%s sees none of another municipality's entries, even of a public pilot",
    async (actor) => {
      const pb = n.as[actor];
      const listed = await pb.collection("audit_log").getFullList({
        filter: pb.filter("municipality = {:m}", { m: n.own.municipality.id }),
      });
      expect(listed).toEqual([]);
      expect(await statusOf(pb.collection("audit_log").getOne(entry.id))).toBe(404);
    },
  );

  it("a user's unfiltered list holds only the own municipality's entries", async () => {
    await n.as.otherManager.collection("pilots").create(pilotData(n.other.municipality.id));
    const listed = await n.as.otherColleague.collection("audit_log").getFullList();
    expect(listed.length).toBeGreaterThan(0);
    expect(new Set(listed.map((e) => e.municipality))).toEqual(new Set([n.other.municipality.id]));
  });
});

describe("nobody writes the audit log through the API", () => {
  let n: Neighbours;
  let entry: RecordModel;

  beforeAll(async () => {
    n = await createNeighbours();
    const pilot = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id));
    const [created] = await entriesFor("pilots", pilot.id, "create");
    entry = created!;
  });

  const actors = ["ownDirector", "ownManager", "ownColleague", "otherDirector", "guest"] as const;

  it.each(actors)("%s cannot create an entry (403)", async (actor) => {
    const forged = {
      municipality: n.own.municipality.id,
      actor: n.own.users.colleague.id,
      action: "delete",
      collection: "pilots",
      record: "vervalst0000000",
    };
    expect(await statusOf(n.as[actor].collection("audit_log").create(forged))).toBe(403);
    expect(await countAsAdmin("audit_log", "record = {:r}", { r: forged.record })).toBe(0);
  });

  it.each(actors)("%s cannot update an entry (403)", async (actor) => {
    const update = n.as[actor].collection("audit_log").update(entry.id, { actor_name: "iemand anders", changed_fields: [] });
    expect(await statusOf(update)).toBe(403);
    expect((await storedAsAdmin("audit_log", entry.id)).actor_name).toBe(entry.actor_name);
  });

  it.each(actors)("%s cannot delete an entry (403)", async (actor) => {
    expect(await statusOf(n.as[actor].collection("audit_log").delete(entry.id))).toBe(403);
    expect(await countAsAdmin("audit_log", "id = {:id}", { id: entry.id })).toBe(1);
  });
});

describe("the audit line names the account that acted, whatever it was called at the time", () => {
  let n: Neighbours;
  let pilot: RecordModel;

  beforeAll(async () => {
    n = await createNeighbours();
    pilot = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id));
  });

  /** The newest line of the pilot's changes on the director's audit page, as src/data gives it to the page. */
  async function newestLineOnAuditPage() {
    const log = await listAuditLog(appClientOf(n.as.ownDirector), n.own.municipality.id, { collection: "pilots", page: 1 });
    const line = log.items.find((item) => item.record === pilot.id);
    if (!line) throw new Error("the change is not on the audit page");
    return { actor: line.actor, actor_name: line.actor_name, actor_email: line.actor_email };
  }

  const disguises = [
    { as: "platformbeheer", name: () => "platformbeheer" },
    { as: "Platform Beheer", name: () => "Platform Beheer" },
    { as: "systeem", name: () => "systeem" },
    { as: "the director's name", name: () => n.own.users.director.name },
    {
      as: "an invented name",
      name: () =>
        `Piet Pietersen ${Math.random()
          .toString(36)
          .replace(/[^a-z]/g, "")}`,
    },
  ];

  it.each(disguises)("renamed to $as for the change and back: the line shows the real account", async ({ name }) => {
    const me = n.own.users.manager;
    // The rename itself may be refused; the line must be right either way.
    await statusOf(n.as.ownManager.collection("users").update(me.id, { name: name() }));
    await n.as.ownManager.collection("pilots").update(pilot.id, { title: `Gewijzigd ${Date.now()}` });
    await n.as.ownManager.collection("users").update(me.id, { name: me.name });
    expect(await newestLineOnAuditPage()).toEqual({ actor: me.id, actor_name: me.name, actor_email: me.email });
  });

  it("a line by platformbeheer says so; which superuser it was is for platformbeheer only", async () => {
    const pb = await admin();
    await pb.collection("pilots").update(pilot.id, { title: `Door platformbeheer ${Date.now()}` });
    expect(await newestLineOnAuditPage()).toEqual({ actor: "", actor_name: "platformbeheer", actor_email: undefined });
    const [entry] = await pb
      .collection("audit_log")
      .getList(1, 1, { filter: pb.filter("record = {:r}", { r: pilot.id }), sort: "-time" })
      .then((page) => page.items);
    expect([entry?.actor_kind, entry?.actor_email]).toEqual(["superuser", pb.authStore.record?.email]);
  });

  it("the e-mail address is for the director and the actor, not for colleagues, and not to be filtered on", async () => {
    const me = n.own.users.manager;
    await n.as.ownManager.collection("pilots").update(pilot.id, { title: `Nog een keer ${Date.now()}` });
    const filter = n.as.ownColleague.filter("record = {:r} && actor = {:a}", { r: pilot.id, a: me.id });
    const [asColleague] = await n.as.ownColleague
      .collection("audit_log")
      .getList(1, 1, { filter, sort: "-time" })
      .then((page) => page.items);
    const [asActor] = await n.as.ownManager
      .collection("audit_log")
      .getList(1, 1, { filter, sort: "-time" })
      .then((page) => page.items);
    expect(asColleague?.actor_name).toBe(me.name);
    expect(asColleague?.actor_email).toBeUndefined();
    expect(asActor?.actor_email).toBe(me.email);
    const probe = n.as.ownColleague.collection("audit_log").getList(1, 1, {
      filter: n.as.ownColleague.filter("record = {:r} && actor_email = {:e}", { r: pilot.id, e: me.email }),
    });
    expect(await probe.then((page) => page.totalItems).catch(() => 0)).toBe(0);
  });
});
