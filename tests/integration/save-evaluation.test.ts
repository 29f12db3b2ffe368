import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { recordVerdict, saveEvaluation } from "../../src/data/evaluations.ts";
import {
  EvaluationFormSchema,
  type EvaluationForm,
  type EvaluationFormInput,
  type MeasurementRowInput,
} from "../../src/domain/evaluation.ts";
import { VerdictFormSchema } from "../../src/domain/stage-gate.ts";
import {
  type Neighbours,
  admin,
  appClientOf,
  countAsAdmin,
  createNeighbours,
  hypothesisData,
  pilotData,
  storedAsAdmin,
} from "./fixtures.ts";
import { pdfFile } from "./evaluation-fixtures.ts";
import { THEORY } from "./evidence-fixtures.ts";

/**
 * saveEvaluation stores an evaluation with its measurements and testimonials in one batch, all or
 * nothing, and reports a refused part at its form path. PocketBase moves the pilot's place on the
 * evidence ladder in the same request (pb_hooks/evidence_level.pb.js; every input and delete in
 * tests/integration/evidence-level.test.ts).
 */

/** A word only this test's evaluation contains, to find what was (not) stored. */
const marker = () => `evaluatie-${Math.random().toString(36).slice(2, 10)}`;

function formInput(observations: string, rows: MeasurementRowInput[], overrides: Partial<EvaluationFormInput> = {}): EvaluationFormInput {
  return {
    date: "2026-06-30",
    kind: "tussentijds",
    observations,
    what_worked: "De vaste coach.",
    what_did_not: "Werving via de website.",
    participants: "24",
    measurements: rows,
    testimonials: [
      { quote: "Door de coach durfde ik weer te solliciteren.", label: "deelnemer A, 24 jaar", consent: true },
      { quote: "Ik heb nu een stageplek gevonden.", label: "deelnemer B, 19 jaar", consent: true },
    ],
    decision: "doorgaan",
    rationale: "De eerste resultaten zijn bemoedigend genoeg om door te gaan.",
    ...overrides,
  };
}

const row = (hypothesis: string, value: string, sample_size: string, period = "2026-06"): MeasurementRowInput => ({
  hypothesis,
  value,
  sample_size,
  period,
});

/** What is stored for an evaluation, as the superuser sees it. */
async function storedParts(evaluationId: string) {
  const pb = await admin();
  const measurements = await pb
    .collection("measurements")
    .getFullList({ filter: pb.filter("evaluation = {:e}", { e: evaluationId }), sort: "hypothesis" });
  const testimonials = await pb
    .collection("testimonials")
    .getFullList({ filter: pb.filter("evaluation = {:e}", { e: evaluationId }), sort: "label" });
  return {
    measurements: measurements.map((m) => ({ hypothesis: m.hypothesis, value: m.value, sample_size: m.sample_size, period: m.period })),
    testimonials: testimonials.map((t) => ({ quote: t.quote, label: t.label, consent: t.consent })),
  };
}

describe("saveEvaluation", () => {
  let n: Neighbours;
  let pilot: RecordModel;
  let hypotheses: RecordModel[];
  let foreignHypothesis: RecordModel;

  beforeAll(async () => {
    n = await createNeighbours();
    pilot = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id, { visibility: "public" }));
    hypotheses = [];
    for (let i = 0; i < 3; i++)
      hypotheses.push(await n.as.ownManager.collection("hypotheses").create(hypothesisData(pilot.id, { indicator: `indicator ${i}` })));
    const elsewhere = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id));
    foreignHypothesis = await n.as.ownManager.collection("hypotheses").create(hypothesisData(elsewhere.id));
  });

  const h = (index: number) => hypotheses[index]?.id ?? "";

  /** Nothing at all of an evaluation with these observations is stored. */
  async function expectNothingStored(observations: string) {
    expect(await countAsAdmin("evaluations", "observations = {:o}", { o: observations })).toBe(0);
    expect(await countAsAdmin("measurements", "evaluation.observations = {:o}", { o: observations })).toBe(0);
    expect(await countAsAdmin("testimonials", "evaluation.observations = {:o}", { o: observations })).toBe(0);
  }

  it("stores the evaluation, the measured rows (not the unmeasured ones) and the testimonials", async () => {
    const observations = `Deelnemers kwamen vaker dan verwacht: ${marker()}.`;
    const form = EvaluationFormSchema.parse(
      formInput(observations, [row(h(0), "71,5", "24"), row(h(1), "", ""), row(h(2), "12", "8", "2026-05")]),
    );
    expect(form.measurements[1]).toBeNull();

    const result = await saveEvaluation(appClientOf(n.as.ownManager), { pilotId: pilot.id, form, attachments: [] });
    if (!result.ok) throw new Error(`not saved: ${result.message} ${JSON.stringify(result.fieldErrors)}`);

    const stored = await storedAsAdmin("evaluations", result.id);
    expect({
      pilot: stored.pilot,
      date: (stored.date as string).slice(0, 10),
      kind: stored.kind,
      observations: stored.observations,
      participants: stored.participants,
      decision: stored.decision,
      rationale: stored.rationale,
      attachments: stored.attachments,
    }).toEqual({
      pilot: pilot.id,
      date: "2026-06-30",
      kind: "tussentijds",
      observations,
      participants: 24,
      decision: "doorgaan",
      rationale: form.rationale,
      attachments: [],
    });
    const parts = await storedParts(result.id);
    expect(parts.measurements).toEqual(
      [
        { hypothesis: h(0), value: 71.5, sample_size: 24, period: "2026-06" },
        { hypothesis: h(2), value: 12, sample_size: 8, period: "2026-05" },
      ].sort((a, b) => a.hypothesis.localeCompare(b.hypothesis)),
    );
    expect(parts.testimonials).toEqual([
      { quote: "Door de coach durfde ik weer te solliciteren.", label: "deelnemer A, 24 jaar", consent: true },
      { quote: "Ik heb nu een stageplek gevonden.", label: "deelnemer B, 19 jaar", consent: true },
    ]);
  });

  it("stores a pdf attachment with the evaluation", async () => {
    const observations = `Met een verslag als bijlage: ${marker()}.`;
    const form = EvaluationFormSchema.parse(formInput(observations, [], { testimonials: [] }));
    const result = await saveEvaluation(appClientOf(n.as.ownDirector), { pilotId: pilot.id, form, attachments: [pdfFile("verslag.pdf")] });
    if (!result.ok) throw new Error(`not saved: ${result.message}`);
    const stored = await storedAsAdmin("evaluations", result.id);
    expect(stored.attachments).toHaveLength(1);
    expect((stored.attachments as string[])[0]).toMatch(/^verslag_[a-z0-9_]+\.pdf$/);
  });

  it("stores a 5 MB pdf, which the form allows (up to 10 MB per file)", async () => {
    const observations = `Met een groot verslag als bijlage: ${marker()}.`;
    const form = EvaluationFormSchema.parse(formInput(observations, [], { testimonials: [] }));
    const big = pdfFile("groot-verslag.pdf", 5 * 1024 * 1024);
    const result = await saveEvaluation(appClientOf(n.as.ownManager), { pilotId: pilot.id, form, attachments: [big] });
    expect(result).toEqual({ ok: true, id: expect.any(String) });
    expect(await countAsAdmin("evaluations", "observations = {:o}", { o: observations })).toBe(1);
  });

  it("a testimonial without consent (past the schema) stores nothing and is reported at testimonials.0.consent", async () => {
    const observations = `Citaat zonder toestemming: ${marker()}.`;
    const parsed = EvaluationFormSchema.parse(formInput(observations, [row(h(0), "70", "30")]));
    const form: EvaluationForm = { ...parsed, testimonials: parsed.testimonials.map((t, i) => (i === 0 ? { ...t, consent: false } : t)) };

    const result = await saveEvaluation(appClientOf(n.as.ownManager), { pilotId: pilot.id, form, attachments: [] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors)).toEqual(["testimonials.0.consent"]);
    expect(result.fieldErrors["testimonials.0.consent"]).toMatch(/\S/);
    expect(result.retryable).toBe(false);
    await expectNothingStored(observations);
  });

  it("a measurement period 2026-13 stores nothing and is reported at the form row's index, past an unmeasured row", async () => {
    const observations = `Ongeldige maand: ${marker()}.`;
    const parsed = EvaluationFormSchema.parse(formInput(observations, [row(h(0), "", ""), row(h(1), "70", "30"), row(h(2), "40", "12")]));
    expect(parsed.measurements[0]).toBeNull();
    const form: EvaluationForm = {
      ...parsed,
      measurements: parsed.measurements.map((m, i) => (i === 1 && m ? { ...m, period: "2026-13" } : m)),
    };

    const result = await saveEvaluation(appClientOf(n.as.ownManager), { pilotId: pilot.id, form, attachments: [] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors)).toEqual(["measurements.1.period"]);
    await expectNothingStored(observations);
  });

  it("a hypothesis of another pilot is reported at its row, and a later testimonial row keeps its own index", async () => {
    const observations = `Verkeerde hypothese: ${marker()}.`;
    const parsed = EvaluationFormSchema.parse(
      formInput(observations, [row(h(0), "70", "30"), row(h(1), "", ""), row(foreignHypothesis.id, "5", "20")]),
    );
    const form: EvaluationForm = { ...parsed, testimonials: parsed.testimonials.map((t, i) => (i === 1 ? { ...t, consent: false } : t)) };

    const result = await saveEvaluation(appClientOf(n.as.ownManager), { pilotId: pilot.id, form, attachments: [] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // PocketBase stops at the first refused sub-request: the measurement of row 2.
    expect(Object.keys(result.fieldErrors)).toEqual(["measurements.2.hypothesis"]);
    await expectNothingStored(observations);
  });

  it("a testimonial refused after measurements is reported at its own index", async () => {
    const observations = `Tweede citaat zonder toestemming: ${marker()}.`;
    const parsed = EvaluationFormSchema.parse(formInput(observations, [row(h(0), "70", "30"), row(h(1), "", "")]));
    const form: EvaluationForm = { ...parsed, testimonials: parsed.testimonials.map((t, i) => (i === 1 ? { ...t, consent: false } : t)) };
    const result = await saveEvaluation(appClientOf(n.as.ownManager), { pilotId: pilot.id, form, attachments: [] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors)).toEqual(["testimonials.1.consent"]);
    await expectNothingStored(observations);
  });

  it.each(["otherManager", "otherDirector", "ownColleague"] as const)("%s cannot save an evaluation on the public pilot", async (actor) => {
    const observations = `Niet van ons: ${marker()}.`;
    const form = EvaluationFormSchema.parse(formInput(observations, [row(h(0), "70", "30")]));
    const result = await saveEvaluation(appClientOf(n.as[actor]), { pilotId: pilot.id, form, attachments: [] });
    expect(result.ok).toBe(false);
    await expectNothingStored(observations);
  });
});

describe("the evidence level right after saveEvaluation and recordVerdict", () => {
  let n: Neighbours;

  beforeAll(async () => {
    n = await createNeighbours();
  });

  async function saved(pilotId: string, rows: MeasurementRowInput[]) {
    const form = EvaluationFormSchema.parse(formInput(`Meting: ${marker()}.`, rows, { testimonials: [] }));
    const result = await saveEvaluation(appClientOf(n.as.ownManager), { pilotId, form, attachments: [] });
    if (!result.ok) throw new Error(`not saved: ${result.message} ${JSON.stringify(result.fieldErrors)}`);
  }

  const confirmed = VerdictFormSchema.parse({ verdict: "bevestigd", proposed: "bevestigd", verdict_reason: "" });
  const levelOf = async (pilotId: string) => (await storedAsAdmin("pilots", pilotId)).evidence_level as string;

  it("a described pilot is on no rung until it has a hypothesis, and goed_beschreven with one", async () => {
    const pilot = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id));
    expect(await levelOf(pilot.id)).toBe("");
    await n.as.ownManager.collection("hypotheses").create(hypothesisData(pilot.id));
    expect(await levelOf(pilot.id)).toBe("goed_beschreven");
  });

  it("climbs to eerste_aanwijzingen with two measurements of 10 or more and a confirmed hypothesis, goed_onderbouwd before", async () => {
    const pb = appClientOf(n.as.ownManager);
    const pilot = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id, { theory_of_change: THEORY }));
    const hypothesis = await n.as.ownManager.collection("hypotheses").create(hypothesisData(pilot.id));

    expect(await levelOf(pilot.id)).toBe("goed_onderbouwd");

    await saved(pilot.id, [row(hypothesis.id, "70", "25", "2026-03")]);
    expect(await recordVerdict(pb, hypothesis.id, confirmed)).toEqual({ ok: true });
    expect(await levelOf(pilot.id)).toBe("goed_onderbouwd");

    await saved(pilot.id, [row(hypothesis.id, "73", "10", "2026-06")]);
    expect(await levelOf(pilot.id)).toBe("eerste_aanwijzingen");
  });

  it("stays goed_onderbouwd when the second measurement's sample is under 10", async () => {
    const pb = appClientOf(n.as.ownManager);
    const pilot = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id, { theory_of_change: THEORY }));
    const hypothesis = await n.as.ownManager.collection("hypotheses").create(hypothesisData(pilot.id));
    await saved(pilot.id, [row(hypothesis.id, "70", "25", "2026-03")]);
    await saved(pilot.id, [row(hypothesis.id, "73", "9", "2026-06")]);
    expect(await recordVerdict(pb, hypothesis.id, confirmed)).toEqual({ ok: true });
    expect(await levelOf(pilot.id)).toBe("goed_onderbouwd");
  });

  it("stays goed_onderbouwd with two large measurements while the hypothesis is not confirmed", async () => {
    const pilot = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id, { theory_of_change: THEORY }));
    const hypothesis = await n.as.ownManager.collection("hypotheses").create(hypothesisData(pilot.id));
    await saved(pilot.id, [row(hypothesis.id, "70", "25", "2026-03")]);
    await saved(pilot.id, [row(hypothesis.id, "73", "30", "2026-06")]);
    expect(await levelOf(pilot.id)).toBe("goed_onderbouwd");
    expect((await storedAsAdmin("hypotheses", hypothesis.id)).verdict).not.toBe("bevestigd");
  });

  it("recordVerdict by another municipality's manager fails and leaves the verdict", async () => {
    const pilot = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id, { visibility: "public" }));
    const hypothesis = await n.as.ownManager.collection("hypotheses").create(hypothesisData(pilot.id));
    const result = await recordVerdict(appClientOf(n.as.otherManager), hypothesis.id, confirmed);
    expect(result.ok).toBe(false);
    expect((await storedAsAdmin("hypotheses", hypothesis.id)).verdict).toBe(hypothesis.verdict);
  });
});
