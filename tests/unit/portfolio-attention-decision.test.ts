import { describe, it, expect } from "vitest";
import { attentionReasons } from "../../src/domain/portfolio/attention.ts";
import { TODAY, evaluation, kinds, pilot, related } from "./attention-records.ts";

describe("attentionReasons: end date passed", () => {
  it("fires when the end date passed without a decision", () => {
    const reasons = attentionReasons(pilot({ end_date: "2026-11-25 00:00:00.000Z" }), related(), TODAY);
    expect(reasons).toEqual([{ kind: "einddatum", text: "Einddatum 25 november 2026 verstreken zonder besluit." }]);
  });

  it("does not fire on the end date itself", () => {
    expect(attentionReasons(pilot({ end_date: "2026-11-26" }), related(), TODAY)).toEqual([]);
  });

  it("does not fire for a future end date", () => {
    expect(attentionReasons(pilot({ end_date: "2027-03-31" }), related(), TODAY)).toEqual([]);
  });

  it("does not fire when a decision was taken (and lessons recorded)", () => {
    const reasons = attentionReasons(
      pilot({ end_date: "2026-06-30", decision: "borgen", decided_at: "2026-07-15" }),
      related({ lessonCounts: { p1: 2 } }),
      TODAY,
    );
    expect(reasons).toEqual([]);
  });
});

describe("attentionReasons: decision without lessons", () => {
  it("fires when a decision was taken but no lesson recorded", () => {
    const reasons = attentionReasons(pilot({ stage: "besluit", decision: "opschalen" }), related(), TODAY);
    expect(reasons).toEqual([{ kind: "lessen", text: "Besluit genomen, maar nog geen lessen vastgelegd." }]);
  });

  it("fires when the lesson count is explicitly zero", () => {
    const reasons = attentionReasons(pilot({ stage: "besluit", decision: "stoppen" }), related({ lessonCounts: { p1: 0, p2: 3 } }), TODAY);
    expect(kinds(reasons)).toEqual(["lessen"]);
  });

  it("does not fire with one lesson", () => {
    const reasons = attentionReasons(pilot({ stage: "besluit", decision: "opschalen" }), related({ lessonCounts: { p1: 1 } }), TODAY);
    expect(reasons).toEqual([]);
  });

  it("does not fire without a decision", () => {
    expect(attentionReasons(pilot({ stage: "besluit" }), related(), TODAY)).toEqual([]);
  });
});

describe("attentionReasons: a decision is needed", () => {
  const waiting = pilot({ stage: "evaluatie" });
  const end = evaluation({ kind: "eind", date: "2026-10-20 00:00:00.000Z" });

  it("fires for a pilot in evaluatie with an end evaluation and no decision, with the directeur's link to decide", () => {
    expect(attentionReasons(waiting, related({ evaluations: [end] }), TODAY)).toEqual([
      {
        kind: "besluit",
        text: "Besluit nodig: de eindevaluatie van 20 oktober 2026 ligt klaar.",
        action: { label: "Besluit vastleggen", href: "/pilots/p1/besluit", role: "directeur" },
      },
    ]);
  });

  it("names the latest of several end evaluations", () => {
    const evaluations = [end, evaluation({ kind: "eind", date: "2026-11-02" }), evaluation({ kind: "tussentijds", date: "2026-11-20" })];
    expect(attentionReasons(waiting, related({ evaluations }), TODAY)[0]?.text).toBe(
      "Besluit nodig: de eindevaluatie van 2 november 2026 ligt klaar.",
    );
  });

  it("does not fire with only interim evaluations, or with another pilot's end evaluation", () => {
    expect(kinds(attentionReasons(waiting, related({ evaluations: [evaluation({ date: "2026-11-01" })] }), TODAY))).toEqual([]);
    expect(kinds(attentionReasons(waiting, related({ evaluations: [{ ...end, pilot: "p2" }] }), TODAY))).toEqual([]);
  });

  it.each(["idee", "ontwerp", "uitvoering", "besluit"] as const)("does not fire in stage %s", (stage) => {
    const reasons = attentionReasons(
      pilot({ stage, start_date: "2026-10-01" }),
      related({ evaluations: [end], lessonCounts: { p1: 1 } }),
      TODAY,
    );
    expect(kinds(reasons)).not.toContain("besluit");
  });

  it("does not fire once the decision is taken", () => {
    const decided = pilot({ stage: "evaluatie", decision: "borgen", decided_at: "2026-11-01" });
    expect(kinds(attentionReasons(decided, related({ evaluations: [end], lessonCounts: { p1: 1 } }), TODAY))).toEqual([]);
  });

  it("comes first among the reasons", () => {
    const reasons = attentionReasons({ ...waiting, end_date: "2026-10-31" }, related({ evaluations: [end] }), TODAY);
    expect(kinds(reasons)).toEqual(["besluit", "einddatum"]);
  });
});
