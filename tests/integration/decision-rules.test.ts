import { describe, expect, it } from "vitest";
import { admin, countAsAdmin, pilotData, storedAsAdmin } from "./fixtures.ts";
import { evaluationData } from "./evaluation-fixtures.ts";
import { freshNeighbours } from "./fresh-neighbours.ts";
import { createLesson } from "./learning-fixtures.ts";
import { decide, decisionData, gatePilots, rationale, stopReason } from "./stage-gate-pilots.ts";

/**
 * A stage-gate decision (the decisions collection, pb_hooks/decisions.pb.js with lib/decisions.js):
 * refused until the pilot has an end evaluation, is in the stage Evaluatie (or Besluit, to change
 * it) and has a lesson of its own; recorded with who took it from the account, never from input;
 * copied onto the pilot in the same write; kept as history when the decision changes.
 */

const n = freshNeighbours();
const { pilotWithInterimOnly, pilotAtGate, pilotReadyToDecide, decidedPilot } = gatePilots(n);

/** The status and the per-field messages of a refused SDK call; 200 and none when it went through. */
async function outcomeOf(call: Promise<unknown>): Promise<{ status: number; errors: Record<string, string> }> {
  try {
    await call;
    return { status: 200, errors: {} };
  } catch (error) {
    const { status, response } = error as { status?: number; response?: { data?: Record<string, { message: string }> } };
    if (typeof status !== "number") throw error;
    return { status, errors: Object.fromEntries(Object.entries(response?.data ?? {}).map(([field, e]) => [field, e.message])) };
  }
}

const decisionsOf = (pilotId: string) => countAsAdmin("decisions", "pilot = {:p}", { p: pilotId });
const pilotDecision = async (pilotId: string) => {
  const stored = await storedAsAdmin("pilots", pilotId);
  return { stage: stored.stage, decision: stored.decision, decision_rationale: stored.decision_rationale, stop_reason: stored.stop_reason };
};

describe("a decision waits for the end evaluation, the stage and a lesson", () => {
  it("without an end evaluation it is refused (400 on decision)", async () => {
    const { pilot } = await pilotWithInterimOnly();
    await createLesson(n.as.ownManager, { pilot: pilot.id });
    expect(await outcomeOf(decide(n.as.ownDirector, pilot.id))).toEqual({
      status: 400,
      errors: { decision: "Een besluit kan pas worden vastgelegd na een eindevaluatie." },
    });
    expect(await decisionsOf(pilot.id)).toBe(0);
    expect(await pilotDecision(pilot.id)).toMatchObject({ stage: "evaluatie", decision: "" });
  });

  // An end evaluation does not move a pilot in Idee or Ontwerp; one moved on to Uitvoering after it
  // is not moved either (the move happens when the end evaluation is written).
  it.each(["idee", "ontwerp", "uitvoering"] as const)("in the stage %s it is refused (400 on decision)", async (stage) => {
    const start = stage === "uitvoering" ? "ontwerp" : stage;
    const pilot = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id, { stage: start }));
    await n.as.ownManager.collection("evaluations").create(evaluationData(pilot.id, { kind: "eind" }));
    if (stage === "uitvoering") await n.as.ownManager.collection("pilots").update(pilot.id, { stage });
    await createLesson(n.as.ownManager, { pilot: pilot.id });
    expect(await outcomeOf(decide(n.as.ownDirector, pilot.id))).toEqual({
      status: 400,
      errors: { decision: "Zet de pilot eerst in de fase Evaluatie." },
    });
    expect(await decisionsOf(pilot.id)).toBe(0);
    expect(await pilotDecision(pilot.id)).toMatchObject({ stage, decision: "" });
  });

  it("without a lesson it is refused (400 on decision), and accepted once the manager wrote one", async () => {
    const { pilot } = await pilotAtGate();
    const lessonMessage = "Leg eerst minstens één les uit deze pilot vast: met het besluit gaat de kennis over.";
    expect(await outcomeOf(decide(n.as.ownDirector, pilot.id))).toEqual({ status: 400, errors: { decision: lessonMessage } });
    expect(await decisionsOf(pilot.id)).toBe(0);
    await createLesson(n.as.ownManager, { pilot: pilot.id });
    expect(await outcomeOf(decide(n.as.ownDirector, pilot.id))).toEqual({ status: 200, errors: {} });
    expect(await decisionsOf(pilot.id)).toBe(1);
  });

  it("a lesson of another pilot, or of no pilot, does not count (400 on decision)", async () => {
    const { pilot } = await pilotAtGate();
    const elsewhere = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id));
    await createLesson(n.as.ownManager, { pilot: elsewhere.id });
    await createLesson(n.as.ownManager);
    expect((await outcomeOf(decide(n.as.ownDirector, pilot.id))).errors).toEqual({
      decision: "Leg eerst minstens één les uit deze pilot vast: met het besluit gaat de kennis over.",
    });
    expect(await decisionsOf(pilot.id)).toBe(0);
  });

  it.each([
    { what: "an empty rationale", change: { decision_rationale: "" }, field: "decision_rationale" },
    {
      what: "a rationale of 9 characters with spaces around",
      change: { decision_rationale: "   123456789   " },
      field: "decision_rationale",
    },
    { what: "stoppen without a stop reason", change: { decision: "stoppen", stop_reason: "" }, field: "stop_reason" },
    { what: "stoppen with a reason of 9 characters", change: { decision: "stoppen", stop_reason: "Te weinig" }, field: "stop_reason" },
  ])("$what is refused (400 on $field)", async ({ change, field }) => {
    const { pilot } = await pilotReadyToDecide();
    const outcome = await outcomeOf(decide(n.as.ownDirector, pilot.id, change));
    expect({ status: outcome.status, fields: Object.keys(outcome.errors) }).toEqual({ status: 400, fields: [field] });
    expect(await decisionsOf(pilot.id)).toBe(0);
    expect(await pilotDecision(pilot.id)).toMatchObject({ stage: "evaluatie", decision: "" });
  });

  it("a rationale and a stop reason of exactly 10 characters are accepted (control)", async () => {
    const { pilot } = await pilotReadyToDecide();
    const change = { decision: "stoppen", decision_rationale: "1234567890", stop_reason: "abcdefghij" };
    expect((await outcomeOf(decide(n.as.ownDirector, pilot.id, change))).status).toBe(200);
  });
});

describe("who took the decision comes from the account", () => {
  it("a directeur naming another user and another name is recorded as themselves", async () => {
    const { pilot } = await pilotReadyToDecide();
    const created = await decide(n.as.ownDirector, pilot.id, { decided_by: n.own.users.manager.id, decided_by_name: "X" });
    const stored = await storedAsAdmin("decisions", created.id);
    expect({ decided_by: stored.decided_by, decided_by_name: stored.decided_by_name }).toEqual({
      decided_by: n.own.users.director.id,
      decided_by_name: n.own.users.director.name,
    });
    const onPilot = await storedAsAdmin("pilots", pilot.id);
    expect(await pilotDecision(pilot.id)).toEqual({ stage: "besluit", decision: "borgen", decision_rationale: rationale, stop_reason: "" });
    // The pilot's decision date is set in the same write, just after the decision row's own.
    const dateOf = (value: unknown) => Date.parse(String(value).replace(" ", "T"));
    const gap = dateOf(onPilot.decided_at) - dateOf(stored.created);
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThan(60_000);
  });

  it("stoppen puts its stop reason on the pilot", async () => {
    const { pilot } = await pilotReadyToDecide();
    await decide(n.as.ownDirector, pilot.id, { decision: "stoppen", stop_reason: stopReason });
    expect(await pilotDecision(pilot.id)).toEqual({
      stage: "besluit",
      decision: "stoppen",
      decision_rationale: rationale,
      stop_reason: stopReason,
    });
  });

  it("a stop reason sent along with another decision is kept neither on the pilot nor in the history", async () => {
    const { pilot } = await pilotReadyToDecide();
    const created = await decide(n.as.ownDirector, pilot.id, { decision: "bijstellen", stop_reason: stopReason });
    expect((await storedAsAdmin("decisions", created.id)).stop_reason).toBe("");
    expect(await pilotDecision(pilot.id)).toMatchObject({ decision: "bijstellen", stop_reason: "" });
  });

  it("a superuser (the demo seed) names the directeur, whose own name is recorded", async () => {
    const { pilot } = await pilotReadyToDecide();
    const created = await (await admin())
      .collection("decisions")
      .create(decisionData(pilot.id, { decided_by: n.own.users.director.id, decided_by_name: "Iemand anders" }));
    const stored = await storedAsAdmin("decisions", created.id);
    expect([stored.decided_by, stored.decided_by_name]).toEqual([n.own.users.director.id, n.own.users.director.name]);
  });

  it("a superuser meets the same rules: no lesson, no decision (400 on decision)", async () => {
    const { pilot } = await pilotAtGate();
    const call = (await admin()).collection("decisions").create(decisionData(pilot.id, { decided_by: n.own.users.director.id }));
    expect(Object.keys((await outcomeOf(call)).errors)).toEqual(["decision"]);
    expect(await decisionsOf(pilot.id)).toBe(0);
  });
});

describe("a changed decision keeps the earlier one", () => {
  it("a second decision adds a row; the pilot shows the latest", async () => {
    const { pilot, decision: first } = await decidedPilot();
    const second = await decide(n.as.ownDirector, pilot.id, { decision: "stoppen", stop_reason: stopReason });
    const pb = await admin();
    const rows = await pb.collection("decisions").getFullList({ filter: pb.filter("pilot = {:p}", { p: pilot.id }), sort: "created,id" });
    expect(rows.map((r) => [r.id, r.decision])).toEqual([
      [first.id, "borgen"],
      [second.id, "stoppen"],
    ]);
    expect(await pilotDecision(pilot.id)).toEqual({
      stage: "besluit",
      decision: "stoppen",
      decision_rationale: rationale,
      stop_reason: stopReason,
    });
  });

  it("the same choice taken again on new grounds dates the pilot's decision anew", async () => {
    const { pilot } = await decidedPilot();
    const before = (await storedAsAdmin("pilots", pilot.id)).decided_at;
    await new Promise((resolve) => setTimeout(resolve, 5));
    await decide(n.as.ownDirector, pilot.id, { decision: "borgen", decision_rationale: "Opnieuw borgen, nu met de begroting van 2027." });
    const after = (await storedAsAdmin("pilots", pilot.id)).decided_at;
    expect(String(after) > String(before)).toBe(true);
  });

  it.each(["ownDirector", "ownManager"] as const)("%s can neither update nor delete a decision (403)", async (actor) => {
    const { decision } = await decidedPilot();
    const attempts = [
      n.as[actor].collection("decisions").update(decision.id, { decision: "stoppen", stop_reason: stopReason }),
      n.as[actor].collection("decisions").update(decision.id, { decision_rationale: "Toch een andere onderbouwing." }),
      n.as[actor].collection("decisions").delete(decision.id),
    ];
    expect((await Promise.all(attempts.map(outcomeOf))).map((o) => o.status)).toEqual([403, 403, 403]);
    const stored = await storedAsAdmin("decisions", decision.id);
    expect([stored.decision, stored.decision_rationale]).toEqual(["borgen", rationale]);
  });
});

describe("the name on a decision follows the directeur's account", () => {
  const m = freshNeighbours();

  it("renaming the directeur renames them on their decisions, and only on theirs", async () => {
    const { pilotReadyToDecide: ready } = gatePilots(m);
    const mine = await decide(m.as.ownDirector, (await ready()).pilot.id);
    const theirs = await (await admin())
      .collection("decisions")
      .create(decisionData((await ready()).pilot.id, { decided_by: m.own.users.manager.id }));
    const renamed = `Sanne de Vries ${Date.now()}`;
    await m.as.ownDirector.collection("users").update(m.own.users.director.id, { name: renamed });
    expect((await storedAsAdmin("decisions", mine.id)).decided_by_name).toBe(renamed);
    expect((await storedAsAdmin("decisions", theirs.id)).decided_by_name).toBe(m.own.users.manager.name);
  });
});
