import { describe, it, expect } from "vitest";
import { attentionReasons } from "../../src/domain/portfolio/attention.ts";
import { TODAY, kinds, pilot, related, risk } from "./attention-records.ts";

describe("attentionReasons: high risk without mitigation", () => {
  it.each([
    [3, 5, 15],
    [5, 3, 15],
    [4, 4, 16],
    [5, 5, 25],
  ])("fires for likelihood %d × impact %d (score %d) without mitigation", (likelihood, impact, score) => {
    const reasons = attentionReasons(pilot(), related({ risks: [risk({ likelihood, impact })] }), TODAY);
    expect(reasons).toEqual([{ kind: "risico", text: `Risico “Te weinig deelnemers” (score ${score}) heeft geen beheersmaatregel.` }]);
  });

  it("treats a whitespace-only mitigation as none", () => {
    const reasons = attentionReasons(pilot(), related({ risks: [risk({ mitigation: "  \n\t " })] }), TODAY);
    expect(kinds(reasons)).toEqual(["risico"]);
  });

  it.each(["open", "beheerst", "opgetreden"] as const)("fires for a risk with status %s", (status) => {
    const reasons = attentionReasons(pilot(), related({ risks: [risk({ status })] }), TODAY);
    expect(kinds(reasons)).toEqual(["risico"]);
  });

  it("does not fire just below the threshold: score 14 (2 × 7) and the highest matrix score below 15 (4 × 3)", () => {
    // The 5 × 5 matrix has no 14; a raw product of 14 still checks the boundary of the rule itself.
    expect(attentionReasons(pilot(), related({ risks: [risk({ likelihood: 4, impact: 3 })] }), TODAY)).toEqual([]);
    expect(attentionReasons(pilot(), related({ risks: [risk({ likelihood: 2, impact: 7 })] }), TODAY)).toEqual([]);
  });

  it("does not fire when the risk has a mitigation", () => {
    const risks = [risk({ likelihood: 5, impact: 5, mitigation: "Extra werving via huisartsen" })];
    expect(attentionReasons(pilot(), related({ risks }), TODAY)).toEqual([]);
  });

  it("does not fire for a closed risk", () => {
    const risks = [risk({ likelihood: 5, impact: 5, status: "gesloten" })];
    expect(attentionReasons(pilot(), related({ risks }), TODAY)).toEqual([]);
  });

  it("does not fire for another pilot's risk", () => {
    const risks = [risk({ pilot: "p2", likelihood: 5, impact: 5 })];
    expect(attentionReasons(pilot(), related({ risks }), TODAY)).toEqual([]);
  });

  it("gives one reason per unmitigated high risk, each naming its own title and score", () => {
    const risks = [
      risk({ id: "r1", title: "Privacyklacht", likelihood: 4, impact: 4 }),
      risk({ id: "r2", title: "Uitval uitvoerder", likelihood: 5, impact: 4 }),
      risk({ id: "r3", title: "Klein risico", likelihood: 2, impact: 2 }),
    ];
    expect(attentionReasons(pilot(), related({ risks }), TODAY)).toEqual([
      { kind: "risico", text: "Risico “Privacyklacht” (score 16) heeft geen beheersmaatregel." },
      { kind: "risico", text: "Risico “Uitval uitvoerder” (score 20) heeft geen beheersmaatregel." },
    ]);
  });
});
