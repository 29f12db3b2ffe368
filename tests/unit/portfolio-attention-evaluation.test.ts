import { describe, it, expect } from "vitest";
import { attentionReasons } from "../../src/domain/portfolio/attention.ts";
import { TODAY, evaluation, kinds, ofKind, pilot, related } from "./attention-records.ts";

describe("attentionReasons: a quiet pilot", () => {
  it("gives no reasons for a pilot in design without records", () => {
    expect(attentionReasons(pilot(), related(), TODAY)).toEqual([]);
  });
});

describe("attentionReasons: evaluation overdue", () => {
  it.each(["uitvoering", "evaluatie"] as const)("fires in stage %s 184 days after the start without any evaluation", (stage) => {
    const reasons = attentionReasons(pilot({ stage, start_date: "2026-05-26 00:00:00.000Z" }), related(), TODAY);
    expect(reasons).toEqual([{ kind: "evaluatie", text: "Evaluatie achterstallig: nog geen evaluatie sinds de start op 26 mei 2026." }]);
  });

  it("does not fire 183 days after the start (exactly the interval)", () => {
    const reasons = attentionReasons(pilot({ stage: "uitvoering", start_date: "2026-05-27" }), related(), TODAY);
    expect(reasons).toEqual([]);
  });

  it.each(["idee", "ontwerp", "besluit"] as const)("does not fire in stage %s, however long ago the start was", (stage) => {
    const reasons = attentionReasons(pilot({ stage, start_date: "2024-01-01" }), related(), TODAY);
    expect(ofKind(reasons, "evaluatie")).toEqual([]);
  });

  it("measures from the last evaluation, not from the start", () => {
    const evaluations = [
      evaluation({ date: "2026-05-26 00:00:00.000Z" }),
      evaluation({ date: "2026-05-27 00:00:00.000Z", kind: "eind" }),
      evaluation({ date: "2025-01-10 00:00:00.000Z" }),
    ];
    const reasons = attentionReasons(pilot({ stage: "evaluatie", start_date: "2024-01-01" }), related({ evaluations }), TODAY);
    // The end evaluation asks for a decision (portfolio-attention-decision.test.ts); no evaluation is overdue.
    expect(kinds(reasons)).toEqual(["besluit"]);
  });

  it("names the date of the last evaluation once that is 184 days ago", () => {
    const evaluations = [evaluation({ date: "2025-12-01 00:00:00.000Z" }), evaluation({ date: "2026-05-26 00:00:00.000Z" })];
    const reasons = attentionReasons(pilot({ stage: "uitvoering", start_date: "2025-09-01" }), related({ evaluations }), TODAY);
    expect(reasons).toEqual([{ kind: "evaluatie", text: "Evaluatie achterstallig: de laatste was op 26 mei 2026." }]);
  });

  it("ignores evaluations of other pilots", () => {
    const evaluations = [evaluation({ pilot: "p2", date: "2026-11-01" })];
    const reasons = attentionReasons(pilot({ stage: "uitvoering", start_date: "2026-01-05" }), related({ evaluations }), TODAY);
    expect(kinds(reasons)).toEqual(["evaluatie"]);
    expect(reasons[0]?.text).toBe("Evaluatie achterstallig: nog geen evaluatie sinds de start op 5 januari 2026.");
  });

  it("gives no reason when there is neither a start date nor an evaluation", () => {
    expect(attentionReasons(pilot({ stage: "uitvoering", start_date: "" }), related(), TODAY)).toEqual([]);
  });
});
