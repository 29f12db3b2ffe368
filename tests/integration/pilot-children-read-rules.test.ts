import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { type Visibility, actors, mayRead, pilotData, statusOf, visibilities } from "./fixtures.ts";
import { freshNeighbours } from "./fresh-neighbours.ts";
import { type ChildCollection, childData, children } from "./pilot-children.ts";

/**
 * Hypotheses, budget lines and risks follow their pilot: read by whoever may read the pilot,
 * written only by the innovatiemanager and directeur of the pilot's municipality, never moved to
 * another pilot. Relation filters, expand and the batch API must not open a side door.
 *
 * This file: who reads the rows.
 */

describe("reading a pilot's rows", () => {
  const n = freshNeighbours();
  const pilots = {} as Record<Visibility, RecordModel>;
  const rows = {} as Record<ChildCollection, Record<Visibility, RecordModel>>;

  beforeAll(async () => {
    for (const visibility of visibilities) {
      pilots[visibility] = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id, { visibility }));
    }
    for (const collection of children) {
      rows[collection] = {} as Record<Visibility, RecordModel>;
      for (const visibility of visibilities) {
        rows[collection][visibility] = await n.as.ownManager.collection(collection).create(childData[collection](pilots[visibility].id));
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
