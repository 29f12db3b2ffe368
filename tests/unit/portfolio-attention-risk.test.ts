import { describe, it, expect } from "vitest";
import { attentionReasons } from "../../src/domain/portfolio/attention.ts";
import { TODAY, kinds, pilot, related, risk } from "./attention-records.ts";

describe("attentionReasons: every high risk that is not closed", () => {
  it.each([
    [3, 5, 15],
    [5, 3, 15],
    [4, 4, 16],
    [5, 5, 25],
  ])("fires for likelihood %d × impact %d (score %d) without mitigation, and says it has none", (likelihood, impact, score) => {
    const reasons = attentionReasons(pilot(), related({ risks: [risk({ likelihood, impact })] }), TODAY);
    expect(reasons).toEqual([
      { kind: "risico", text: `Hoog risico “Te weinig deelnemers” (score ${score}, open) heeft geen beheersmaatregel.` },
    ]);
  });

  it("fires for a high risk that has a mitigation too: a mitigation is no reason to stop watching", () => {
    const risks = [risk({ likelihood: 5, impact: 5, status: "beheerst", mitigation: "Extra werving via huisartsen" })];
    expect(attentionReasons(pilot(), related({ risks }), TODAY)).toEqual([
      { kind: "risico", text: "Hoog risico “Te weinig deelnemers” (score 25, beheerst): volg of de beheersmaatregel werkt." },
    ]);
  });

  it("treats a whitespace-only mitigation as none", () => {
    const reasons = attentionReasons(pilot(), related({ risks: [risk({ mitigation: "  \n\t " })] }), TODAY);
    expect(reasons.map((reason) => reason.text)).toEqual([
      "Hoog risico “Te weinig deelnemers” (score 15, open) heeft geen beheersmaatregel.",
    ]);
  });

  it.each(["open", "beheerst", "opgetreden"] as const)("fires for a risk with status %s, with or without mitigation", (status) => {
    const risks = [risk({ id: "a", status }), risk({ id: "b", status, mitigation: "Maatregel" })];
    expect(kinds(attentionReasons(pilot(), related({ risks }), TODAY))).toEqual(["risico", "risico"]);
  });

  it("does not fire just below the threshold: score 14 (2 × 7) and the highest matrix score below 15 (4 × 3)", () => {
    // The 5 × 5 matrix has no 14; a raw product of 14 still checks the boundary of the rule itself.
    expect(attentionReasons(pilot(), related({ risks: [risk({ likelihood: 4, impact: 3 })] }), TODAY)).toEqual([]);
    expect(attentionReasons(pilot(), related({ risks: [risk({ likelihood: 2, impact: 7 })] }), TODAY)).toEqual([]);
  });

  it("does not fire for a closed risk, with or without mitigation", () => {
    const risks = [
      risk({ id: "a", likelihood: 5, impact: 5, status: "gesloten" }),
      risk({ id: "b", likelihood: 5, impact: 5, status: "gesloten", mitigation: "Maatregel" }),
    ];
    expect(attentionReasons(pilot(), related({ risks }), TODAY)).toEqual([]);
  });

  it("does not fire for another pilot's risk", () => {
    const risks = [risk({ pilot: "p2", likelihood: 5, impact: 5 })];
    expect(attentionReasons(pilot(), related({ risks }), TODAY)).toEqual([]);
  });

  it("gives one reason per high risk, each naming its own title, score and status", () => {
    const risks = [
      risk({ id: "r1", title: "Privacyklacht", likelihood: 4, impact: 4 }),
      risk({ id: "r2", title: "Uitval uitvoerder", likelihood: 5, impact: 4, status: "opgetreden", mitigation: "Tweede uitvoerder" }),
      risk({ id: "r3", title: "Klein risico", likelihood: 2, impact: 2 }),
    ];
    expect(attentionReasons(pilot(), related({ risks }), TODAY)).toEqual([
      { kind: "risico", text: "Hoog risico “Privacyklacht” (score 16, open) heeft geen beheersmaatregel." },
      { kind: "risico", text: "Hoog risico “Uitval uitvoerder” (score 20, opgetreden): volg of de beheersmaatregel werkt." },
    ]);
  });
});
