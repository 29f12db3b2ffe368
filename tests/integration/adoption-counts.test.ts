import type PocketBase from "pocketbase";
import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { adoptionsOf } from "../../src/data/adoption.ts";
import {
  type Actor,
  type Visibility,
  actors,
  admin,
  appClientOf,
  listOutcome,
  mayRead,
  pilotData,
  statusOf,
  visibilities,
} from "./fixtures.ts";
import { freshNeighbours } from "./fresh-neighbours.ts";

/**
 * The pilot_adoptions view counts adoptions, and a count tells that the pilot exists: it is
 * readable exactly where the original pilot is, by every actor and every way of asking.
 */

const n = freshNeighbours();

describe("an adoption count is readable exactly where the original is", () => {
  // An original may have been adopted while shared and made private since; its copies stay.
  type Asker = Actor | "superuser";
  const askers: readonly Asker[] = [...actors, "superuser"];
  const seesOriginal = (asker: Asker, visibility: Visibility) => asker === "superuser" || mayRead(asker, visibility);
  let superuser: PocketBase;
  const clientOf = (asker: Asker) => (asker === "superuser" ? superuser : n.as[asker]);
  const originals = {} as Record<Visibility, RecordModel>;
  /** A public original adopted once: every list probe ORs it in, so no answer is empty. */
  let control: RecordModel;

  beforeAll(async () => {
    superuser = await admin();
    const adopted = async (visibility: Visibility) => {
      const original = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id, { visibility }));
      // A copy starts in ontwerp, as adopting makes it (pb_hooks/adoption_local_facts.pb.js).
      await superuser.collection("pilots").create(pilotData(n.other.municipality.id, { adopted_from: original.id, stage: "ontwerp" }));
      return original;
    };
    control = await adopted("public");
    for (const visibility of visibilities) originals[visibility] = await adopted(visibility);
  });

  const rows = visibilities.flatMap((visibility) => askers.map((asker) => ({ asker, visibility, sees: seesOriginal(asker, visibility) })));

  it.each(rows)("$asker views the count of a $visibility original: like the pilot itself ($sees)", async ({ asker, visibility, sees }) => {
    const pb = clientOf(asker);
    const id = originals[visibility].id;
    expect(await statusOf(pb.collection("pilots").getOne(id))).toBe(sees ? 200 : 404);
    const viewed = pb.collection("pilot_adoptions").getOne(id);
    if (sees) expect((await viewed).adoptions).toBe(1);
    else expect(await statusOf(viewed)).toBe(404);
    expect((await adoptionsOf(appClientOf(pb), id)).count).toBe(sees ? 1 : 0);
  });

  const probes = [
    {
      probe: "by id",
      options: (pb: PocketBase, id: string) => ({ filter: pb.filter("id = {:control} || id = {:id}", { control: control.id, id }) }),
    },
    {
      probe: "by id and count, sorted by count",
      options: (pb: PocketBase, id: string) => ({
        filter: pb.filter("id = {:control} || (id = {:id} && adoptions >= 1)", { control: control.id, id }),
        sort: "-adoptions,id",
      }),
    },
    {
      probe: "by id, with expand",
      options: (pb: PocketBase, id: string) => ({
        filter: pb.filter("id = {:control} || id = {:id}", { control: control.id, id }),
        expand: "municipality",
      }),
    },
  ];

  it.each(rows.flatMap((row) => probes.map((probe) => ({ ...row, ...probe }))))(
    "$asker lists the counts $probe: a $visibility original only when it sees it ($sees)",
    async ({ asker, visibility, sees, options }) => {
      const pb = clientOf(asker);
      const id = originals[visibility].id;
      const outcome = await listOutcome(pb.collection("pilot_adoptions").getList(1, 10, options(pb, id)));
      expect(outcome).toEqual({ status: 200, ids: (sees ? [control.id, id] : [control.id]).sort() });
    },
  );

  it.each(rows)("$asker lists every count: a $visibility original only when it sees it ($sees)", async ({ asker, visibility, sees }) => {
    const all = await clientOf(asker).collection("pilot_adoptions").getFullList({ sort: "-adoptions" });
    expect(all.map((row) => row.id).includes(originals[visibility].id)).toBe(sees);
    expect(all.map((row) => row.id)).toContain(control.id);
  });
});
