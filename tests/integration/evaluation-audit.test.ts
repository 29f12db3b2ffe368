import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { saveEvaluation } from "../../src/data/evaluations.ts";
import { EvaluationFormSchema, type EvaluationFormInput } from "../../src/domain/evaluation.ts";
import { type Neighbours, admin, appClientOf, countAsAdmin, createNeighbours, hypothesisData, pilotData, statusOf } from "./fixtures.ts";
import { evaluationData, measurementData, testimonialData } from "./evaluation-fixtures.ts";

/**
 * pb_hooks/audit.pb.js covers an evaluation's parts too: every create, update and delete of an
 * evaluation, a measurement or a testimonial through the API leaves an audit_log entry with the
 * pilot's municipality, reached through evaluation → pilot; the parts saved in one batch share one.
 */

type Audited = "evaluations" | "measurements" | "testimonials";

async function entriesFor(collection: Audited, record: string, action?: string): Promise<RecordModel[]> {
  const pb = await admin();
  const filter = action
    ? pb.filter("collection = {:c} && record = {:r} && action = {:a}", { c: collection, r: record, a: action })
    : pb.filter("collection = {:c} && record = {:r}", { c: collection, r: record });
  return pb.collection("audit_log").getFullList({ filter });
}

const summaryOf = (entry: RecordModel) => ({
  action: entry.action as string,
  municipality: entry.municipality as string,
  actor: entry.actor as string,
  actor_name: entry.actor_name as string,
  collection: entry.collection as string,
  record: entry.record as string,
  changed_fields: [...((entry.changed_fields as string[] | null) ?? [])].sort(),
});

describe("the audit log of evaluations, measurements and testimonials", () => {
  let n: Neighbours;
  let pilot: RecordModel;
  let hypotheses: RecordModel[];

  beforeAll(async () => {
    n = await createNeighbours();
    pilot = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id, { visibility: "public" }));
    hypotheses = [
      await n.as.ownManager.collection("hypotheses").create(hypothesisData(pilot.id)),
      await n.as.ownManager.collection("hypotheses").create(hypothesisData(pilot.id)),
    ];
  });

  const cases: ReadonlyArray<{
    collection: Audited;
    data: (evaluation: RecordModel) => Record<string, unknown>;
    edit: Record<string, unknown>;
  }> = [
    {
      collection: "evaluations",
      data: () => evaluationData(pilot.id),
      edit: { observations: "Een herziene waarneming na het gesprek.", kind: "eind" },
    },
    { collection: "measurements", data: (e) => measurementData(e.id, hypotheses[0]?.id ?? ""), edit: { value: 74, period: "2026-04" } },
    { collection: "testimonials", data: (e) => testimonialData(e.id), edit: { quote: "Ik heb nu een vaste baan.", label: "deelnemer C" } },
  ];

  it.each(cases)(
    "$collection: create, update and delete each leave one entry with the pilot's municipality",
    async ({ collection, data, edit }) => {
      const evaluation = await n.as.ownManager.collection("evaluations").create(evaluationData(pilot.id));
      const record = await n.as.ownManager.collection(collection).create(data(evaluation));
      await n.as.ownDirector.collection(collection).update(record.id, edit);
      await n.as.ownManager.collection(collection).delete(record.id);

      const entries = await entriesFor(collection, record.id);
      const base = { municipality: n.own.municipality.id, collection, record: record.id };
      const manager = { actor: n.own.users.manager.id, actor_name: n.own.users.manager.name };
      const director = { actor: n.own.users.director.id, actor_name: n.own.users.director.name };
      expect(entries.map(summaryOf).sort((a, b) => a.action.localeCompare(b.action))).toEqual([
        { action: "create", ...base, ...manager, changed_fields: [] },
        { action: "delete", ...base, ...manager, changed_fields: [] },
        { action: "update", ...base, ...director, changed_fields: Object.keys(edit).sort() },
      ]);
      for (const entry of entries) expect(entry.time).not.toBe("");
    },
  );

  it("adding an attachment to an evaluation lists attachments as changed", async () => {
    const evaluation = await n.as.ownManager.collection("evaluations").create(evaluationData(pilot.id));
    const pdf = new File([new TextEncoder().encode("%PDF-1.4\n%%EOF\n")], "bijlage.pdf", { type: "application/pdf" });
    await n.as.ownManager.collection("evaluations").update(evaluation.id, { "attachments+": [pdf] });
    const [entry, ...more] = await entriesFor("evaluations", evaluation.id, "update");
    expect(more).toEqual([]);
    expect(entry?.changed_fields).toEqual(["attachments"]);
  });

  it("the delete entries of a testimonial and then of its evaluation both carry the municipality", async () => {
    const evaluation = await n.as.ownManager.collection("evaluations").create(evaluationData(pilot.id));
    const testimonial = await n.as.ownManager.collection("testimonials").create(testimonialData(evaluation.id));
    await n.as.ownManager.collection("testimonials").delete(testimonial.id);
    await n.as.ownManager.collection("evaluations").delete(evaluation.id);
    const [entry] = await entriesFor("testimonials", testimonial.id, "delete");
    expect(entry?.municipality).toBe(n.own.municipality.id);
    const [evaluationEntry] = await entriesFor("evaluations", evaluation.id, "delete");
    expect(evaluationEntry?.municipality).toBe(n.own.municipality.id);
  });

  it("refused writes by an outsider and by validation leave no entry", async () => {
    const evaluation = await n.as.ownManager.collection("evaluations").create(evaluationData(pilot.id));
    const measurement = await n.as.ownManager.collection("measurements").create(measurementData(evaluation.id, hypotheses[0]?.id ?? ""));
    const logged = () => countAsAdmin("audit_log", "municipality = {:m}", { m: n.own.municipality.id });
    const before = await logged();
    expect(await statusOf(n.as.otherManager.collection("measurements").update(measurement.id, { value: 1 }))).toBe(404);
    expect(await statusOf(n.as.otherManager.collection("evaluations").delete(evaluation.id))).toBe(404);
    expect(await statusOf(n.as.otherManager.collection("testimonials").create(testimonialData(evaluation.id)))).toBe(400);
    expect(await statusOf(n.as.ownManager.collection("measurements").update(measurement.id, { period: "2026-13" }))).toBe(400);
    expect(await statusOf(n.as.ownManager.collection("testimonials").create(testimonialData(evaluation.id, { consent: false })))).toBe(400);
    expect(await logged()).toBe(before);
    expect((await entriesFor("measurements", measurement.id)).map((e) => e.action)).toEqual(["create"]);
    expect((await entriesFor("evaluations", evaluation.id)).map((e) => e.action)).toEqual(["create"]);
  });

  it("saveEvaluation's batch leaves one line: the evaluation created, with its measurement and quote on it", async () => {
    const form = EvaluationFormSchema.parse({
      date: "2026-06-30",
      kind: "tussentijds",
      observations: "Deelnemers waarderen de vaste coach.",
      what_worked: "",
      what_did_not: "",
      participants: "18",
      measurements: [
        { hypothesis: hypotheses[0]?.id ?? "", value: "70", sample_size: "18", period: "2026-06" },
        { hypothesis: hypotheses[1]?.id ?? "", value: "", sample_size: "", period: "2026-06" },
      ],
      testimonials: [{ quote: "Fijn dat iemand meedenkt.", label: "deelnemer D", consent: true }],
      decision: "doorgaan",
      rationale: "De resultaten zijn nog niet compleet.",
    } satisfies EvaluationFormInput);
    const result = await saveEvaluation(appClientOf(n.as.ownManager), { pilotId: pilot.id, form, attachments: [] });
    if (!result.ok) throw new Error(result.message);

    const pb = await admin();
    const [measurement] = await pb.collection("measurements").getFullList({ filter: pb.filter("evaluation = {:e}", { e: result.id }) });
    const [testimonial] = await pb.collection("testimonials").getFullList({ filter: pb.filter("evaluation = {:e}", { e: result.id }) });
    const [line, ...more] = await entriesFor("evaluations", result.id);
    expect(more).toEqual([]);
    expect(line && summaryOf(line)).toEqual({
      action: "create",
      municipality: n.own.municipality.id,
      actor: n.own.users.manager.id,
      actor_name: n.own.users.manager.name,
      collection: "evaluations",
      record: result.id,
      changed_fields: [],
    });
    const stored = (line?.parts ?? []) as Array<{ collection: string; record: string; action: string }>;
    const parts = stored.map(({ collection, record, action }) => ({
      collection,
      record,
      action,
    }));
    expect(parts.sort((a, b) => a.collection.localeCompare(b.collection))).toEqual([
      { collection: "evaluations", record: result.id, action: "create" },
      { collection: "measurements", record: measurement?.id, action: "create" },
      { collection: "testimonials", record: testimonial?.id, action: "create" },
    ]);
    // The quote and its pseudonym stay out of the log.
    expect(JSON.stringify(line)).not.toMatch(/meedenkt|deelnemer D/);
    expect(await entriesFor("measurements", measurement?.id ?? "")).toEqual([]);
  });

  it("a refused saveEvaluation batch leaves no entry at all", async () => {
    const before = await countAsAdmin("audit_log", "municipality = {:m}", { m: n.own.municipality.id });
    const form = EvaluationFormSchema.parse({
      date: "2026-06-30",
      kind: "tussentijds",
      observations: "Deze evaluatie wordt geweigerd.",
      what_worked: "",
      what_did_not: "",
      participants: "",
      measurements: [],
      testimonials: [{ quote: "Dit mag niet worden opgeslagen.", label: "deelnemer E", consent: true }],
      decision: "doorgaan",
      rationale: "Het citaat heeft geen toestemming.",
    } satisfies EvaluationFormInput);
    const withoutConsent = { ...form, testimonials: form.testimonials.map((t) => ({ ...t, consent: false })) };
    const result = await saveEvaluation(appClientOf(n.as.ownManager), { pilotId: pilot.id, form: withoutConsent, attachments: [] });
    expect(result.ok).toBe(false);
    expect(await countAsAdmin("audit_log", "municipality = {:m}", { m: n.own.municipality.id })).toBe(before);
  });
});
