import { describe, it, expect } from "vitest";
import { attentionReasons } from "../../src/domain/portfolio/attention.ts";
import { TODAY, kinds, pilot, related } from "./attention-records.ts";

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
