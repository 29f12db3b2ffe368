import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { type Visibility, actors, countAsAdmin, pilotData, statusOf, storedAsAdmin, visibilities } from "./fixtures.ts";
import { freshNeighbours } from "./fresh-neighbours.ts";
import { childData, children } from "./pilot-children.ts";

/**
 * Hypotheses, budget lines and risks follow their pilot: read by whoever may read the pilot,
 * written only by the innovatiemanager and directeur of the pilot's municipality, never moved to
 * another pilot. Relation filters, expand and the batch API must not open a side door.
 *
 * This file: who creates, changes, deletes and moves the rows.
 */

describe("writing a pilot's rows", () => {
  const n = freshNeighbours();
  const pilots = {} as Record<Visibility, RecordModel>;
  let ownOtherPilot: RecordModel;
  let outsidersPilot: RecordModel;

  beforeAll(async () => {
    for (const visibility of visibilities) {
      pilots[visibility] = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id, { visibility }));
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

  const changeRows = children.flatMap((collection) => actors.map((actor) => ({ collection, actor, status: writerStatus(actor, 404) })));

  it.each(changeRows)("$actor updates $collection of a public pilot: $status", async ({ collection, actor, status }) => {
    const row = await n.as.ownManager.collection(collection).create(childData[collection](pilots.public.id));
    const change =
      collection === "budget_lines" || collection === "pilot_effects"
        ? { year: 2030 }
        : collection === "risks"
          ? { impact: 1 }
          : { unit: "personen" };
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

  const moveRows = children.flatMap(
    (collection) =>
      [
        { collection, actor: "ownManager", target: "the own municipality's other pilot" },
        { collection, actor: "ownDirector", target: "the own municipality's other pilot" },
        { collection, actor: "ownManager", target: "another municipality's pilot" },
      ] as const,
  );

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
    expect(await statusOf(n.as.ownDirector.collection(collection).update(row.id, { ...childData[collection](pilots.private.id) }))).toBe(
      200,
    );
  });
});
