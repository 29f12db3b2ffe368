import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { savePilot } from "../../src/data/pilots.ts";
import { PilotFormSchema, type PilotFormInput } from "../../src/domain/pilot.ts";
import {
  type Neighbours,
  admin,
  appClientOf,
  budgetLineData,
  createNeighbours,
  hypothesisData,
  pilotData,
  riskData,
  statusOf,
} from "./fixtures.ts";
import { at, createPilot, expectSaved, findBy } from "./save-pilot-helpers.ts";

/**
 * pb_hooks/audit.pb.js writes one line per save a council can read: named by title at the time,
 * old → new for the fields that matter, the writes of one transaction for one pilot together, and
 * nothing for a save that changed nothing (docs/decisions/013-audit-lines.md).
 */

/** Every line about a pilot, oldest first, as platformbeheer sees them. */
async function linesOf(pilotId: string): Promise<RecordModel[]> {
  const pb = await admin();
  return pb.collection("audit_log").getFullList({ filter: pb.filter("pilot = {:p}", { p: pilotId }), sort: "time,id" });
}

/** The lines added by `act`. */
async function newLines(pilotId: string, act: () => Promise<unknown>): Promise<RecordModel[]> {
  const before = new Set((await linesOf(pilotId)).map((line) => line.id));
  await act();
  return (await linesOf(pilotId)).filter((line) => !before.has(line.id));
}

type Part = { collection: string; record: string; action: string; subject: Record<string, unknown>; changes: unknown[] };
const partsOf = (line: RecordModel | undefined) =>
  ((line?.parts as Part[] | null) ?? []).map(({ collection, record, action }) => ({ collection, record, action }));

describe("one save is one audit line", () => {
  let n: Neighbours;
  let pilot: RecordModel;
  let hypotheses: RecordModel[];
  let line: RecordModel;
  let risk: RecordModel;

  beforeAll(async () => {
    n = await createNeighbours();
    pilot = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id, { title: "Werkfit Oost" }));
    hypotheses = [
      await n.as.ownManager.collection("hypotheses").create(hypothesisData(pilot.id, { indicator: "percentage met baan" })),
      await n.as.ownManager.collection("hypotheses").create(hypothesisData(pilot.id, { indicator: "aantal gesprekken" })),
    ];
    const budget = await n.as.ownManager.collection("budget_lines").create(budgetLineData(pilot.id));
    risk = await n.as.ownManager.collection("risks").create(riskData(pilot.id));

    // As the site saves a pilot: the pilot and every row, changed or not, in one batch.
    const batch = n.as.ownManager.createBatch();
    batch.collection("pilots").update(pilot.id, { ...pilotData(n.own.municipality.id, { title: "Werkfit Oost" }), stage: "evaluatie" });
    batch
      .collection("hypotheses")
      .update(at(hypotheses, 0).id, { ...hypothesisData(pilot.id, { indicator: "percentage met baan" }), verdict: "bevestigd" });
    batch.collection("hypotheses").update(at(hypotheses, 1).id, hypothesisData(pilot.id, { indicator: "aantal gesprekken" }));
    batch.collection("budget_lines").update(budget.id, budgetLineData(pilot.id));
    batch.collection("risks").update(risk.id, riskData(pilot.id));
    const lines = await newLines(pilot.id, () => batch.send());
    expect(lines).toHaveLength(1);
    line = at(lines, 0);
  });

  it("the line is the pilot's, with its own change old → new", () => {
    expect({
      collection: line.collection,
      record: line.record,
      action: line.action,
      subject: line.subject,
      pilot_title: line.pilot_title,
      changed_fields: line.changed_fields,
      changes: line.changes,
    }).toEqual({
      collection: "pilots",
      record: pilot.id,
      action: "update",
      subject: { title: "Werkfit Oost" },
      pilot_title: "Werkfit Oost",
      changed_fields: ["stage"],
      changes: [{ field: "stage", old: "uitvoering", new: "evaluatie" }],
    });
  });

  it("the changed hypothesis is on it with its verdict old → new; the unchanged rows are not", () => {
    expect(partsOf(line).sort((a, b) => a.collection.localeCompare(b.collection))).toEqual([
      { collection: "hypotheses", record: at(hypotheses, 0).id, action: "update" },
      { collection: "pilots", record: pilot.id, action: "update" },
    ]);
    const hypothesis = (line.parts as Part[]).find((part) => part.collection === "hypotheses");
    expect(hypothesis?.subject).toEqual({ title: "percentage met baan" });
    expect(hypothesis?.changes).toEqual([{ field: "verdict", old: "", new: "bevestigd" }]);
    expect([...(line.collections as string[])].sort()).toEqual(["hypotheses", "pilots"]);
  });

  it("the same batch again changes nothing and writes no line", async () => {
    const batch = n.as.ownManager.createBatch();
    batch.collection("pilots").update(pilot.id, { stage: "evaluatie" });
    for (const hypothesis of hypotheses) batch.collection("hypotheses").update(hypothesis.id, {});
    batch.collection("risks").update(risk.id, riskData(pilot.id));
    expect(await newLines(pilot.id, () => batch.send())).toEqual([]);
  });

  it("two saves are two lines, even by the same person right after each other", async () => {
    const lines = await newLines(pilot.id, async () => {
      await n.as.ownManager.collection("risks").update(risk.id, { likelihood: 5 });
      await n.as.ownManager.collection("risks").update(risk.id, { impact: 5 });
    });
    expect(lines.map((l) => [l.collection, l.changes])).toEqual([
      ["risks", [{ field: "likelihood", old: 3, new: 5 }]],
      ["risks", [{ field: "impact", old: 4, new: 5 }]],
    ]);
  });

  it("a refused batch leaves no line, not even of the writes before the refused one", async () => {
    const batch = n.as.ownManager.createBatch();
    batch.collection("pilots").update(pilot.id, { title: "Werkfit Oost en West" });
    batch.collection("risks").update(risk.id, { impact: 9 });
    expect(await newLines(pilot.id, async () => expect(await statusOf(batch.send())).toBe(400))).toEqual([]);
  });
});

describe("the site's pilot form: savePilot", () => {
  let n: Neighbours;

  beforeAll(async () => {
    n = await createNeighbours();
  });

  /** The stored pilot's form with each row's id, as the edit page fills it. */
  async function editForm(created: Awaited<ReturnType<typeof createPilot>>, changes: (input: PilotFormInput) => PilotFormInput) {
    const pb = await admin();
    const filter = pb.filter("pilot = {:p}", { p: created.id });
    const [hypotheses, budgetLines, risks] = await Promise.all(
      (["hypotheses", "budget_lines", "risks"] as const).map((c) => pb.collection(c).getFullList({ filter })),
    );
    const input = created.input;
    const withIds: PilotFormInput = {
      ...input,
      hypotheses: input.hypotheses.map((h) => ({ ...h, id: findBy(hypotheses ?? [], (s) => s.indicator === h.indicator, h.indicator).id })),
      budget_lines: input.budget_lines.map((b) => ({ ...b, id: findBy(budgetLines ?? [], (s) => s.source === b.source, b.source).id })),
      risks: input.risks.map((r) => ({ ...r, id: findBy(risks ?? [], (s) => s.title === r.title, r.title).id })),
    };
    return PilotFormSchema.parse(changes(withIds));
  }

  const save = (id: string, form: ReturnType<typeof PilotFormSchema.parse>) =>
    savePilot(appClientOf(n.as.ownManager), { id, municipality: n.own.municipality.id, form }).then(expectSaved);

  it("a new pilot with its rows is one line: the pilot created, each row on it", async () => {
    const created = await createPilot(n.own);
    const lines = await linesOf(created.id);
    expect(lines.map((l) => [l.collection, l.record, l.action])).toEqual([["pilots", created.id, "create"]]);
    expect(
      partsOf(lines[0])
        .map((p) => `${p.collection} ${p.action}`)
        .sort(),
    ).toEqual(["budget_lines create", "budget_lines create", "hypotheses create", "hypotheses create", "pilots create", "risks create"]);
  });

  it("saving the form unchanged writes no line", async () => {
    const created = await createPilot(n.own);
    const form = await editForm(created, (input) => input);
    expect(await newLines(created.id, () => save(created.id, form))).toEqual([]);
  });

  it("one changed row of an unchanged pilot is a line about that row, naming its pilot", async () => {
    const created = await createPilot(n.own);
    const form = await editForm(created, (input) => ({
      ...input,
      budget_lines: input.budget_lines.map((b) => (b.source === "rijk" ? { ...b, spent_cents: "1.000" } : b)),
    }));
    const [line, ...more] = await newLines(created.id, () => save(created.id, form));
    expect(more).toEqual([]);
    expect([line?.collection, line?.subject, line?.pilot_title, line?.changed_fields, line?.changes]).toEqual([
      "budget_lines",
      { source: "rijk", year: 2026 },
      created.input.title,
      ["spent_cents"],
      [{ field: "spent_cents", old: 25_000, new: 100_000 }],
    ]);
  });

  it("a stage change, a new budget line and a removed risk are one line; the removed risk keeps its title", async () => {
    const created = await createPilot(n.own);
    const form = await editForm(created, (input) => ({
      ...input,
      stage: "evaluatie",
      budget_lines: [
        ...input.budget_lines,
        { source: "fondsen_donaties", year: "2027", planned_cents: "10.000", spent_cents: "", reporting_deadline: "" },
      ],
      risks: [],
    }));
    const [line, ...more] = await newLines(created.id, () => save(created.id, form));
    expect(more).toEqual([]);
    expect([line?.collection, line?.changes]).toEqual(["pilots", [{ field: "stage", old: "uitvoering", new: "evaluatie" }]]);
    const parts = (line?.parts as Part[]) ?? [];
    expect(parts.map((p) => `${p.collection} ${p.action}`).sort()).toEqual(["budget_lines create", "pilots update", "risks delete"]);
    expect(parts.find((p) => p.collection === "risks")?.subject).toEqual({ title: at(created.input.risks, 0).title });
    expect(parts.find((p) => p.collection === "budget_lines")?.changes).toEqual([{ field: "planned_cents", old: null, new: 1_000_000 }]);
  });
});
