import { describe, expect, it } from "vitest";
import { lessonCountOf, listDecisions, recordDecision } from "../../src/data/decisions.ts";
import { DecisionFormSchema } from "../../src/domain/stage-gate.ts";
import { admin, appClientOf, countAsAdmin, storedAsAdmin } from "./fixtures.ts";
import { freshNeighbours } from "./fresh-neighbours.ts";
import { createLesson } from "./learning-fixtures.ts";
import { gatePilots, rationale, stopReason } from "./stage-gate-pilots.ts";

/**
 * The stage gate as the decision page saves and reads it (src/data/decisions.ts): recordDecision,
 * listDecisions and lessonCountOf against the real PocketBase.
 */

describe("the decision page's calls (src/data/decisions.ts)", () => {
  const n = freshNeighbours();
  const { pilotWithInterimOnly, pilotAtGate, pilotReadyToDecide } = gatePilots(n);
  const form = DecisionFormSchema.parse({ decision: "borgen", decision_rationale: rationale, stop_reason: "" });
  const decisionsOf = (pilotId: string) => countAsAdmin("decisions", "pilot = {:p}", { p: pilotId });

  it("recordDecision with a manager's client fails and changes nothing", async () => {
    const { pilot } = await pilotReadyToDecide();
    const result = await recordDecision(appClientOf(n.as.ownManager), pilot.id, form);
    expect(result.ok).toBe(false);
    const stored = await storedAsAdmin("pilots", pilot.id);
    expect({ stage: stored.stage, decision: stored.decision }).toEqual({ stage: "evaluatie", decision: "" });
    expect(await decisionsOf(pilot.id)).toBe(0);
  });

  it("recordDecision with the directeur's client moves the pilot to besluit with the decision", async () => {
    const { pilot } = await pilotReadyToDecide();
    expect(await recordDecision(appClientOf(n.as.ownDirector), pilot.id, form)).toEqual({ ok: true });
    const stored = await storedAsAdmin("pilots", pilot.id);
    expect({
      stage: stored.stage,
      decision: stored.decision,
      decision_rationale: stored.decision_rationale,
      stop_reason: stored.stop_reason,
    }).toEqual({ stage: "besluit", decision: "borgen", decision_rationale: rationale, stop_reason: "" });
  });

  it("a directeur's client naming someone else as decided_by is still recorded as the directeur", async () => {
    const { pilot } = await pilotReadyToDecide();
    expect(await recordDecision(appClientOf(n.as.ownDirector), pilot.id, form, undefined, n.own.users.manager.id)).toEqual({ ok: true });
    const [decision] = await listDecisions(appClientOf(n.as.ownColleague), pilot.id);
    expect([decision?.decided_by, decision?.decided_by_name]).toEqual([n.own.users.director.id, n.own.users.director.name]);
  });

  it("without an end evaluation it fails with the page's message at decision", async () => {
    const { pilot } = await pilotWithInterimOnly();
    await createLesson(n.as.ownManager, { pilot: pilot.id });
    const result = await recordDecision(appClientOf(n.as.ownDirector), pilot.id, form);
    expect(result).toMatchObject({ ok: false, fieldErrors: { decision: "Een besluit kan pas worden vastgelegd na een eindevaluatie." } });
    expect((await storedAsAdmin("pilots", pilot.id)).stage).toBe("evaluatie");
  });

  it("without a lesson it fails at decision; lessonCountOf says why", async () => {
    const { pilot } = await pilotAtGate();
    expect(await lessonCountOf(appClientOf(n.as.ownDirector), pilot.id)).toBe(0);
    const result = await recordDecision(appClientOf(n.as.ownDirector), pilot.id, form);
    expect(result).toMatchObject({ ok: false, fieldErrors: { decision: expect.stringContaining("les") } });
    await createLesson(n.as.ownManager, { pilot: pilot.id, visibility: "private" });
    expect(await lessonCountOf(appClientOf(n.as.ownDirector), pilot.id)).toBe(1);
    expect(await recordDecision(appClientOf(n.as.ownDirector), pilot.id, form)).toEqual({ ok: true });
  });

  it("stoppen is stored with its stop reason", async () => {
    const { pilot } = await pilotReadyToDecide();
    const stop = DecisionFormSchema.parse({ decision: "stoppen", decision_rationale: rationale, stop_reason: stopReason });
    expect(await recordDecision(appClientOf(n.as.ownDirector), pilot.id, stop)).toEqual({ ok: true });
    const stored = await storedAsAdmin("pilots", pilot.id);
    expect({ decision: stored.decision, stop_reason: stored.stop_reason }).toEqual({ decision: "stoppen", stop_reason: stopReason });
  });

  it("another municipality's directeur fails on a public pilot", async () => {
    const { pilot } = await pilotReadyToDecide("public");
    const result = await recordDecision(appClientOf(n.as.otherDirector), pilot.id, form);
    expect(result.ok).toBe(false);
    expect((await storedAsAdmin("pilots", pilot.id)).decision).toBe("");
    expect(await decisionsOf(pilot.id)).toBe(0);
  });

  it("the superuser (the demo seed) names the directeur", async () => {
    const { pilot } = await pilotReadyToDecide();
    expect(await recordDecision(await admin(), pilot.id, form, undefined, n.own.users.director.id)).toEqual({ ok: true });
    const [decision] = await listDecisions(appClientOf(n.as.ownDirector), pilot.id);
    expect(decision?.decided_by).toBe(n.own.users.director.id);
  });

  it("listDecisions gives the history latest first, to readers who may see the pilot, and none to a guest", async () => {
    const { pilot } = await pilotReadyToDecide("public");
    await recordDecision(appClientOf(n.as.ownDirector), pilot.id, form);
    const stop = DecisionFormSchema.parse({ decision: "stoppen", decision_rationale: rationale, stop_reason: stopReason });
    await recordDecision(appClientOf(n.as.ownDirector), pilot.id, stop);
    for (const reader of [n.as.ownColleague, n.as.otherColleague]) {
      expect((await listDecisions(appClientOf(reader), pilot.id)).map((d) => d.decision)).toEqual(["stoppen", "borgen"]);
    }
    expect(await listDecisions(appClientOf(), pilot.id)).toEqual([]);
  });
});
