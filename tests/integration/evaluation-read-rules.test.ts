import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { type Neighbours, type Visibility, actors, createNeighbours, mayRead, visibilities } from "./fixtures.ts";
import { evaluationData, pilotsOfEachVisibility } from "./evaluation-fixtures.ts";

/** The read rules of `evaluations`: an evaluation follows its pilot's visibility, also through filters and expands. */

describe("reading evaluations", () => {
  let n: Neighbours;
  let pilots: Record<Visibility, RecordModel>;
  const evaluations = {} as Record<Visibility, RecordModel>;

  beforeAll(async () => {
    n = await createNeighbours();
    pilots = await pilotsOfEachVisibility(n);
    for (const visibility of visibilities) {
      evaluations[visibility] = await n.as.ownManager.collection("evaluations").create(evaluationData(pilots[visibility].id));
    }
  });

  const viewRows = visibilities.flatMap((visibility) =>
    actors.map((actor) => ({ actor, visibility, status: mayRead(actor, visibility) ? 200 : 404 })),
  );

  it.each(viewRows)("$actor views an evaluation of a $visibility pilot: $status", async ({ actor, visibility, status }) => {
    const seen = await n.as[actor]
      .collection("evaluations")
      .getOne(evaluations[visibility].id)
      .then(
        (record) => ({ status: 200, observations: record.observations }),
        (error: { status: number }) => ({ status: error.status }),
      );
    expect(seen).toEqual(status === 200 ? { status, observations: evaluations[visibility].observations } : { status });
  });

  it.each(actors)("%s lists exactly the evaluations it may read", async (actor) => {
    const pb = n.as[actor];
    const listed = await pb.collection("evaluations").getFullList({
      filter: pb.filter("pilot = {:a} || pilot = {:b} || pilot = {:c}", {
        a: pilots.private.id,
        b: pilots.network.id,
        c: pilots.public.id,
      }),
    });
    const expected = visibilities.filter((v) => mayRead(actor, v)).map((v) => evaluations[v].id);
    expect(listed.map((e) => e.id).sort()).toEqual(expected.sort());
  });

  it.each(["otherManager", "otherColleague", "guest"] as const)(
    "%s: filter pilot.title ~ … with expand=pilot finds no evaluation of a private pilot",
    async (actor) => {
      const pb = n.as[actor];
      const found = await pb.collection("evaluations").getList(1, 10, {
        filter: pb.filter("pilot.title ~ {:t}", { t: pilots.private.title }),
        expand: "pilot",
      });
      expect(found.totalItems).toBe(0);
    },
  );

  it.each(["otherManager", "otherColleague", "guest"] as const)(
    "%s: a back-relation filter from pilots (evaluations_via_pilot) does not reveal a private pilot's evaluation",
    async (actor) => {
      const pb = n.as[actor];
      const probe = (text: string) =>
        pb.collection("pilots").getList(1, 10, {
          filter: pb.filter("evaluations_via_pilot.observations ?~ {:o}", { o: text }),
        });
      expect((await probe(evaluations.private.observations)).totalItems).toBe(0);
    },
  );
});
