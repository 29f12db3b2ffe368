import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import {
  budgetLineData,
  countAsAdmin,
  effectData,
  hypothesisData,
  newRecordId,
  pilotData,
  riskData,
  statusOf,
  storedAsAdmin,
} from "./fixtures.ts";
import { freshNeighbours } from "./fresh-neighbours.ts";
import { childData, children } from "./pilot-children.ts";

/**
 * Hypotheses, budget lines and risks follow their pilot: read by whoever may read the pilot,
 * written only by the innovatiemanager and directeur of the pilot's municipality, never moved to
 * another pilot. Relation filters, expand and the batch API must not open a side door.
 *
 * This file: the batch API checks every sub-request.
 */

describe("the batch API checks every sub-request", () => {
  const n = freshNeighbours();
  let secret: RecordModel;

  beforeAll(async () => {
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
    batch.collection("pilot_effects").create(effectData(id));
    const result = await batch.send();
    expect(result.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
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
