import type PocketBase from "pocketbase";
import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { evaluationData } from "./evaluation-fixtures.ts";
import { type Neighbours, admin, createNeighbours, hypothesisData, pilotData, riskData } from "./fixtures.ts";
import { createLesson } from "./learning-fixtures.ts";

/**
 * The audit line names what changed as it was called at the time, marks what moved a pilot through
 * the stage gate, and stays with the municipality's own accounts (pb_hooks/audit.pb.js).
 */

/** The lines written by `act`, oldest first, as platformbeheer sees them. */
async function linesWrittenBy(municipality: string, act: () => Promise<unknown>): Promise<RecordModel[]> {
  const pb = await admin();
  const filter = pb.filter("municipality = {:m}", { m: municipality });
  const before = new Set((await pb.collection("audit_log").getFullList({ filter, fields: "id" })).map((line) => line.id));
  await act();
  return (await pb.collection("audit_log").getFullList({ filter, sort: "time,id" })).filter((line) => !before.has(line.id));
}

const what = (line: RecordModel | undefined) => ({
  collection: line?.collection,
  action: line?.action,
  subject: line?.subject,
  pilot_title: line?.pilot_title,
  changes: line?.changes,
});

describe("the stage gate on the audit trail", () => {
  let n: Neighbours;
  let pilot: RecordModel;
  const title = "Schuldenvrij Noord";

  beforeAll(async () => {
    n = await createNeighbours();
    pilot = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id, { title, stage: "uitvoering" }));
  });

  it("an end evaluation is one line that says it moved the pilot to Evaluatie", async () => {
    const lines = await linesWrittenBy(n.own.municipality.id, () =>
      n.as.ownManager.collection("evaluations").create(evaluationData(pilot.id, { kind: "eind", date: "2026-11-30" })),
    );
    expect(lines.map(what)).toEqual([
      {
        collection: "evaluations",
        action: "create",
        subject: { kind: "eind", date: "2026-11-30" },
        pilot_title: title,
        changes: [
          { field: "kind", old: null, new: "eind" },
          { field: "stage", old: "uitvoering", new: "evaluatie" },
        ],
      },
    ]);
  });

  it("a decision is one line with the decision and the stage it moved the pilot to", async () => {
    await createLesson(n.as.ownManager, { pilot: pilot.id });
    const lines = await linesWrittenBy(n.own.municipality.id, () =>
      n.as.ownDirector.collection("decisions").create({
        pilot: pilot.id,
        decision: "stoppen",
        decision_rationale: "De aanpak bereikt te weinig gezinnen om door te gaan.",
        stop_reason: "Te weinig aanmeldingen, ook na een tweede wervingsronde.",
      }),
    );
    expect(lines.map(what)).toEqual([
      {
        collection: "decisions",
        action: "create",
        subject: { decision: "stoppen" },
        pilot_title: title,
        changes: [
          { field: "stage", old: "evaluatie", new: "besluit" },
          { field: "decision", old: null, new: "stoppen" },
        ],
      },
    ]);
    // No free text on the line: the rationale and the stop reason stay with the decision.
    expect(JSON.stringify(lines)).not.toContain("wervingsronde");
  });
});

describe("a line keeps the names of the time", () => {
  let n: Neighbours;

  beforeAll(async () => {
    n = await createNeighbours();
  });

  it("a deleted hypothesis is named by its indicator and its pilot's title", async () => {
    const pilot = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id, { title: "Taalhuis aan huis" }));
    const hypothesis = await n.as.ownManager.collection("hypotheses").create(hypothesisData(pilot.id, { indicator: "aantal taalmaatjes" }));
    const [line, ...more] = await linesWrittenBy(n.own.municipality.id, () =>
      n.as.ownManager.collection("hypotheses").delete(hypothesis.id),
    );
    expect(more).toEqual([]);
    expect(what(line)).toEqual({
      collection: "hypotheses",
      action: "delete",
      subject: { title: "aantal taalmaatjes" },
      pilot_title: "Taalhuis aan huis",
      changes: [],
    });
  });

  it("a deleted pilot and a deleted lesson keep their titles", async () => {
    const pilot = await n.as.ownManager
      .collection("pilots")
      .create(pilotData(n.own.municipality.id, { title: "Buurtteam in de bibliotheek" }));
    const lesson = await createLesson(n.as.ownManager, { title: "Begin klein, met één buurt" });
    const lines = await linesWrittenBy(n.own.municipality.id, async () => {
      await n.as.ownManager.collection("pilots").delete(pilot.id);
      await n.as.ownManager.collection("lessons").delete(lesson.id);
    });
    expect(lines.map((line) => [line.collection, line.action, line.subject])).toEqual([
      ["pilots", "delete", { title: "Buurtteam in de bibliotheek" }],
      ["lessons", "delete", { title: "Begin klein, met één buurt" }],
    ]);
  });

  it("renaming a pilot later leaves the earlier lines with the name they had", async () => {
    const pilot = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id, { title: "Eerste naam" }));
    const [riskLine] = await linesWrittenBy(n.own.municipality.id, () => n.as.ownManager.collection("risks").create(riskData(pilot.id)));
    await n.as.ownManager.collection("pilots").update(pilot.id, { title: "Tweede naam" });
    const pb = await admin();
    expect((await pb.collection("audit_log").getOne(riskLine?.id ?? "")).pilot_title).toBe("Eerste naam");
  });
});

describe("who reads the new lines", () => {
  let n: Neighbours;
  let pilot: RecordModel;

  beforeAll(async () => {
    n = await createNeighbours();
    pilot = await n.as.ownManager
      .collection("pilots")
      .create(pilotData(n.own.municipality.id, { title: "Geheime pilot", visibility: "public" }));
    const batch = n.as.ownManager.createBatch();
    batch.collection("pilots").update(pilot.id, { stage: "evaluatie" });
    batch.collection("risks").create(riskData(pilot.id));
    await batch.send();
  });

  it("the municipality's directeur reads the line with its names and changes, not its batch key", async () => {
    const pb = n.as.ownDirector;
    const [line, ...more] = await pb
      .collection("audit_log")
      .getFullList({ filter: pb.filter("pilot = {:p} && action = 'update'", { p: pilot.id }) });
    expect(more).toEqual([]);
    expect([line?.pilot_title, line?.changes, line?.batch]).toEqual([
      "Geheime pilot",
      [{ field: "stage", old: "uitvoering", new: "evaluatie" }],
      undefined,
    ]);
  });

  /** Ways to look for the line: by its pilot, its pilot's title, and a kind of record it touched. */
  const probes = (pb: PocketBase) => [
    pb.filter("pilot = {:p}", { p: pilot.id }),
    pb.filter("pilot_title ~ {:t} && municipality = {:m}", { t: "Geheime", m: n.own.municipality.id }),
    pb.filter("collections:each ?= 'risks' && municipality = {:m}", { m: n.own.municipality.id }),
  ];

  it.each(["ownDirector", "ownColleague"] as const)("%s finds the line each way", async (actor) => {
    const pb = n.as[actor];
    const found = await Promise.all(probes(pb).map((filter) => pb.collection("audit_log").getFullList({ filter })));
    // The pilot's creation and the batch; only the batch touched a risk.
    expect(found.map((lines) => lines.length)).toEqual([2, 2, 1]);
  });

  it.each(["otherManager", "otherDirector", "otherColleague", "guest"] as const)(
    "%s finds nothing by pilot, title or collection, even of a public pilot",
    async (actor) => {
      const pb = n.as[actor];
      for (const filter of probes(pb)) expect(await pb.collection("audit_log").getFullList({ filter })).toEqual([]);
    },
  );
});
