import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { saveEffects } from "../../src/data/pilot-effects.ts";
import { EffectsFormSchema } from "../../src/domain/effects.ts";
import { admin, appClientOf, createNeighbours, effectData, pilotData, type Neighbours } from "./fixtures.ts";

/**
 * /pilots/<id>/kosten-baten saves all rows in one batch (docs/decisions/003): kept rows updated,
 * new ones created, removed ones deleted, all or nothing, under pilot_effects' own rules; and the
 * save is one audit line, with the amounts old → new, as for budget lines.
 */

const rows = (...input: Array<Record<string, string>>) =>
  EffectsFormSchema.parse({
    effects: input.map((row) => ({
      id: "",
      actor: "gemeente",
      kind: "kosten",
      year: "2027",
      expected_cents: "",
      realised_cents: "",
      source_note: "",
      ...row,
    })),
  }).effects;

async function storedOf(pilotId: string): Promise<RecordModel[]> {
  const pb = await admin();
  return pb.collection("pilot_effects").getFullList({ filter: pb.filter("pilot = {:p}", { p: pilotId }), sort: "actor,kind" });
}

describe("saving costs and benefits per actor", () => {
  let n: Neighbours;
  let pilot: RecordModel;
  let kept: RecordModel;
  let removed: RecordModel;

  beforeAll(async () => {
    n = await createNeighbours();
    pilot = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id, { visibility: "public" }));
    kept = await n.as.ownManager
      .collection("pilot_effects")
      .create(effectData(pilot.id, { actor: "gemeente", kind: "kosten", expected_cents: 100_00 }));
    removed = await n.as.ownManager.collection("pilot_effects").create(effectData(pilot.id, { actor: "rijk", kind: "baten" }));
  });

  it("another municipality's manager changes nothing, not even the rows before the refused one", async () => {
    const result = await saveEffects(appClientOf(n.as.otherManager), pilot.id, rows({ id: kept.id, expected_cents: "1" }));
    expect(result.ok).toBe(false);
    expect((await storedOf(pilot.id)).map((row) => row.id).sort()).toEqual([kept.id, removed.id].sort());
  });

  it("the own manager's save updates, creates and deletes in one batch, and leaves one audit line", async () => {
    const pb = await admin();
    const before = await pb.collection("audit_log").getFullList({ filter: pb.filter("pilot = {:p}", { p: pilot.id }) });
    const result = await saveEffects(
      appClientOf(n.as.ownManager),
      pilot.id,
      rows({ id: kept.id, expected_cents: "250,00" }, { actor: "zorgverzekeraar", kind: "baten", expected_cents: "1.000" }),
    );
    expect(result).toEqual({ ok: true });
    const stored = await storedOf(pilot.id);
    expect(stored.map((row) => [row.actor, row.kind, row.expected_cents])).toEqual([
      ["gemeente", "kosten", 250_00],
      ["zorgverzekeraar", "baten", 1000_00],
    ]);
    expect(stored[0]!.id).toBe(kept.id);

    const after = await pb.collection("audit_log").getFullList({ filter: pb.filter("pilot = {:p}", { p: pilot.id }) });
    const lines = after.filter((line) => !before.some((old) => old.id === line.id));
    expect(lines).toHaveLength(1);
    const parts = (lines[0]!.parts as Array<{ collection: string; action: string; subject: unknown; changes: unknown }>).map(
      ({ collection, action, subject, changes }) => ({ collection, action, subject, changes }),
    );
    expect(parts).toEqual(
      expect.arrayContaining([
        {
          collection: "pilot_effects",
          action: "update",
          subject: { actor: "gemeente", kind: "kosten", year: 2027 },
          changes: [{ field: "expected_cents", old: 100_00, new: 250_00 }],
        },
        expect.objectContaining({ collection: "pilot_effects", action: "delete", subject: { actor: "rijk", kind: "baten", year: 2027 } }),
        expect.objectContaining({ collection: "pilot_effects", action: "create" }),
      ]),
    );
    // Several rows of one save: the line is headed by their pilot, and the filter finds it under both.
    expect([...(lines[0]!.collections as string[])].sort()).toEqual(["pilot_effects", "pilots"]);
  });
});
