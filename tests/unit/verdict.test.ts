import { describe, it, expect } from "vitest";
import { MIN_MEASUREMENTS, proposeVerdict, type VerdictHypothesis, type VerdictMeasurement } from "../../src/domain/verdict.ts";

const up: VerdictHypothesis = { baseline: 68, target: 72, direction: "omhoog", unit: "%" };
const down: VerdictHypothesis = { baseline: 1000, target: 850, direction: "omlaag", unit: "huishoudens" };

const m = (value: number, period: string, sample_size = 40): VerdictMeasurement => ({ value, sample_size, period });

/** One Dutch sentence: ends with a full stop, no line breaks, no other sentence-ending full stop. */
function expectOneSentence(explanation: string) {
  expect(explanation).toMatch(/\.$/);
  expect(explanation).not.toMatch(/\n/);
  expect(explanation.slice(0, -1)).not.toMatch(/\.\s/);
}

describe("proposeVerdict", () => {
  it("needs at least two usable measurements", () => {
    expect(MIN_MEASUREMENTS).toBe(2);
  });

  it("is open without measurements", () => {
    expect(proposeVerdict(up, [])).toEqual({ verdict: "open", explanation: "Er zijn nog geen metingen." });
  });

  it("is onbeslist with one usable measurement, even if it reaches the target", () => {
    const proposal = proposeVerdict(up, [m(80, "2026-03")]);
    expect(proposal.verdict).toBe("onbeslist");
    expect(proposal.explanation).toMatch(/^Te weinig gegevens/);
    expect(proposal.explanation).toBe(
      "Te weinig gegevens: 1 van de 1 metingen heeft een steekproef van minstens 10, en er zijn er minstens 2 nodig.",
    );
    expectOneSentence(proposal.explanation);
  });

  it("says how many measurements were too small when all samples are below 10", () => {
    const proposal = proposeVerdict(up, [m(80, "2026-01", 9), m(81, "2026-02", 5), m(82, "2026-03", 1)]);
    expect(proposal.verdict).toBe("onbeslist");
    expect(proposal.explanation).toBe(
      "Te weinig gegevens: 0 van de 3 metingen hebben een steekproef van minstens 10 (3 te klein), en er zijn er minstens 2 nodig.",
    );
    expectOneSentence(proposal.explanation);
  });

  it("counts one usable and the small ones apart", () => {
    const proposal = proposeVerdict(up, [m(80, "2026-01", 10), m(81, "2026-02", 9), m(82, "2026-03", 3)]);
    expect(proposal.verdict).toBe("onbeslist");
    expect(proposal.explanation).toContain("1 van de 3 metingen heeft");
    expect(proposal.explanation).toContain("(2 te klein)");
  });

  it("treats a sample of exactly 10 as usable", () => {
    expect(proposeVerdict(up, [m(69, "2026-01", 10), m(72, "2026-02", 10)]).verdict).toBe("bevestigd");
  });

  describe("direction omhoog (68 → 72)", () => {
    it("is bevestigd when the latest value reaches the target", () => {
      const proposal = proposeVerdict(up, [m(69, "2026-01"), m(72.5, "2026-03")]);
      expect(proposal).toEqual({
        verdict: "bevestigd",
        explanation: "In maart 2026 is 72,5 % gemeten: de streefwaarde van 72 % is gehaald (nulmeting 68 %).",
      });
      expectOneSentence(proposal.explanation);
    });

    it.each([
      [72, "bevestigd"],
      [71.9, "onbeslist"],
      [68, "verworpen"],
      [60, "verworpen"],
      [68.5, "onbeslist"],
    ] as const)("latest %d gives %s", (latest, verdict) => {
      expect(proposeVerdict(up, [m(69, "2026-01"), m(latest, "2026-02")]).verdict).toBe(verdict);
    });

    it("is verworpen when the latest value is no better than the baseline", () => {
      const proposal = proposeVerdict(up, [m(70, "2026-01"), m(67, "2026-04")]);
      expect(proposal.verdict).toBe("verworpen");
      expect(proposal.explanation).toBe("In april 2026 is 67 % gemeten: niet beter dan de nulmeting van 68 %, terwijl 72 % het doel is.");
      expectOneSentence(proposal.explanation);
    });

    it("is onbeslist in between, with the share of the way", () => {
      const proposal = proposeVerdict(up, [m(69, "2026-01"), m(70, "2026-03")]);
      expect(proposal.verdict).toBe("onbeslist");
      expect(proposal.explanation).toBe(
        "In maart 2026 is 70 % gemeten: 50% van de weg van 68 % naar 72 %; de streefwaarde is nog niet gehaald.",
      );
      expectOneSentence(proposal.explanation);
    });
  });

  describe("direction omlaag (1000 → 850)", () => {
    it("is onbeslist at 900, two thirds of the way", () => {
      const proposal = proposeVerdict(down, [m(950, "2026-01"), m(900, "2026-02")]);
      expect(proposal.verdict).toBe("onbeslist");
      expect(proposal.explanation).toContain("67%");
      expect(proposal.explanation).toBe(
        "In februari 2026 is 900 huishoudens gemeten: 67% van de weg van 1.000 huishoudens naar 850 huishoudens; de streefwaarde is nog niet gehaald.",
      );
    });

    it.each([
      [840, "bevestigd"],
      [850, "bevestigd"],
      [900, "onbeslist"],
      [1000, "verworpen"],
      [1010, "verworpen"],
    ] as const)("latest %d gives %s", (latest, verdict) => {
      expect(proposeVerdict(down, [m(950, "2026-01"), m(latest, "2026-02")]).verdict).toBe(verdict);
    });

    it("names the numbers when bevestigd", () => {
      const proposal = proposeVerdict(down, [m(950, "2026-01"), m(840, "2026-06")]);
      expect(proposal.explanation).toBe(
        "In juni 2026 is 840 huishoudens gemeten: de streefwaarde van 850 huishoudens is gehaald (nulmeting 1.000 huishoudens).",
      );
    });

    it("names the numbers when verworpen", () => {
      const proposal = proposeVerdict(down, [m(950, "2026-01"), m(1010, "2026-06")]);
      expect(proposal.explanation).toBe(
        "In juni 2026 is 1.010 huishoudens gemeten: niet beter dan de nulmeting van 1.000 huishoudens, terwijl 850 huishoudens het doel is.",
      );
    });
  });

  it("takes the latest period, not the last element of the array", () => {
    const measurements = [m(72.5, "2026-05"), m(67, "2026-02"), m(70, "2026-03")];
    const proposal = proposeVerdict(up, measurements);
    expect(proposal.verdict).toBe("bevestigd");
    expect(proposal.explanation).toContain("mei 2026");
    expect(proposal.explanation).toContain("72,5 %");
  });

  it("orders periods across years", () => {
    const proposal = proposeVerdict(up, [m(73, "2026-01"), m(60, "2025-12")]);
    expect(proposal.verdict).toBe("bevestigd");
    expect(proposal.explanation).toContain("januari 2026");
  });

  it("does not mutate the measurements it is given", () => {
    const measurements = [m(73, "2026-03"), m(60, "2026-01")];
    const copy = structuredClone(measurements);
    proposeVerdict(up, measurements);
    expect(measurements).toEqual(copy);
  });

  it("ignores small samples when choosing the latest measurement", () => {
    // The latest period has a small sample that reaches the target; it must not count.
    const proposal = proposeVerdict(up, [m(69, "2026-01"), m(70, "2026-02"), m(90, "2026-03", 9)]);
    expect(proposal.verdict).toBe("onbeslist");
    expect(proposal.explanation).toContain("februari 2026");
    expect(proposal.explanation).not.toContain("90");
  });

  it("leaves the unit out when there is none", () => {
    const proposal = proposeVerdict({ ...up, unit: "" }, [m(69, "2026-01"), m(72.5, "2026-03")]);
    expect(proposal.explanation).toBe("In maart 2026 is 72,5 gemeten: de streefwaarde van 72 is gehaald (nulmeting 68).");
  });

  it.each([
    ["bevestigd", [m(69, "2026-01"), m(73, "2026-03")]],
    ["verworpen", [m(69, "2026-01"), m(60, "2026-03")]],
    ["onbeslist", [m(69, "2026-01"), m(70, "2026-03")]],
  ] as const)("the %s explanation is one sentence naming value, month and target with unit", (verdict, measurements) => {
    const proposal = proposeVerdict(up, measurements);
    expect(proposal.verdict).toBe(verdict);
    expectOneSentence(proposal.explanation);
    expect(proposal.explanation).toContain("maart 2026");
    expect(proposal.explanation).toContain("72 %");
    expect(proposal.explanation).toContain(`${String(measurements[1].value)} %`);
  });
});
