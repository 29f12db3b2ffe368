import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type Actor,
  type Neighbours,
  type Visibility,
  actors,
  countAsAdmin,
  createNeighbours,
  pilotData,
  statusOf,
  storedAsAdmin,
  writers,
} from "./fixtures.ts";
import { evaluationData, pilotsOfEachVisibility } from "./evaluation-fixtures.ts";

/**
 * The write rules of `evaluations`: only the innovatiemanager and directeur of the pilot's municipality
 * write an evaluation, and it never moves to another pilot.
 */

const writerStatus = (actor: Actor, refused: number) => (writers.includes(actor) ? 200 : refused);

describe("writing evaluations", () => {
  let n: Neighbours;
  let pilots: Record<Visibility, RecordModel>;
  let ownOtherPilot: RecordModel;
  let outsidersPilot: RecordModel;

  beforeAll(async () => {
    n = await createNeighbours();
    pilots = await pilotsOfEachVisibility(n);
    ownOtherPilot = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id));
    outsidersPilot = await n.as.otherManager.collection("pilots").create(pilotData(n.other.municipality.id, { visibility: "public" }));
  });

  const createRows = (["private", "public"] as const).flatMap((visibility) =>
    actors.map((actor) => ({ actor, visibility, status: writerStatus(actor, 400) })),
  );

  it.each(createRows)("$actor creates an evaluation on a $visibility pilot: $status", async ({ actor, visibility, status }) => {
    const data = evaluationData(pilots[visibility].id);
    expect(await statusOf(n.as[actor].collection("evaluations").create(data))).toBe(status);
    expect(await countAsAdmin("evaluations", "observations = {:o}", { o: data.observations })).toBe(status === 200 ? 1 : 0);
  });

  const changeRows = actors.map((actor) => ({ actor, status: writerStatus(actor, 404) }));

  it.each(changeRows)("$actor updates an evaluation of a public pilot: $status", async ({ actor, status }) => {
    const evaluation = await n.as.ownManager.collection("evaluations").create(evaluationData(pilots.public.id));
    const change = { observations: "Een aangepaste waarneming van de evaluatie.", participants: 31 };
    expect(await statusOf(n.as[actor].collection("evaluations").update(evaluation.id, change))).toBe(status);
    const stored = await storedAsAdmin("evaluations", evaluation.id);
    expect({ observations: stored.observations, participants: stored.participants }).toEqual(
      status === 200 ? change : { observations: evaluation.observations, participants: evaluation.participants },
    );
  });

  it.each(changeRows)("$actor deletes an evaluation of a public pilot: $status", async ({ actor, status }) => {
    const evaluation = await n.as.ownManager.collection("evaluations").create(evaluationData(pilots.public.id));
    expect(await statusOf(n.as[actor].collection("evaluations").delete(evaluation.id))).toBe(status);
    expect(await countAsAdmin("evaluations", "id = {:id}", { id: evaluation.id })).toBe(status === 200 ? 0 : 1);
  });

  const moveRows = [
    { actor: "ownManager", target: "the own municipality's other pilot" },
    { actor: "ownDirector", target: "the own municipality's other pilot" },
    { actor: "ownDirector", target: "another municipality's pilot" },
  ] as const;

  it.each(moveRows)("$actor cannot move an evaluation to $target (404)", async ({ actor, target }) => {
    const evaluation = await n.as.ownManager.collection("evaluations").create(evaluationData(pilots.private.id));
    const destination = target === "another municipality's pilot" ? outsidersPilot : ownOtherPilot;
    expect(await statusOf(n.as[actor].collection("evaluations").update(evaluation.id, { pilot: destination.id }))).toBe(404);
    expect((await storedAsAdmin("evaluations", evaluation.id)).pilot).toBe(pilots.private.id);
  });

  it("an outsider cannot move its own evaluation onto someone else's pilot (404)", async () => {
    const evaluation = await n.as.otherManager.collection("evaluations").create(evaluationData(outsidersPilot.id));
    expect(await statusOf(n.as.otherManager.collection("evaluations").update(evaluation.id, { pilot: pilots.public.id }))).toBe(404);
    expect((await storedAsAdmin("evaluations", evaluation.id)).pilot).toBe(outsidersPilot.id);
  });

  it("sending the unchanged pilot along with an edit is allowed", async () => {
    const evaluation = await n.as.ownManager.collection("evaluations").create(evaluationData(pilots.private.id));
    const edit = evaluationData(pilots.private.id, { what_worked: "Huisbezoeken door de coach." });
    expect(await statusOf(n.as.ownDirector.collection("evaluations").update(evaluation.id, edit))).toBe(200);
    expect((await storedAsAdmin("evaluations", evaluation.id)).what_worked).toBe("Huisbezoeken door de coach.");
  });
});
