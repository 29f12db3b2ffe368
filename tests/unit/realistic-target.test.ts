import { describe, expect, it } from "vitest";
import { achievedSentence, BEYOND_MESSAGE, targetBeyondAchieved, TOO_FEW_MESSAGE } from "../../src/domain/realistic-target.ts";
import { changeLabel } from "../../src/domain/relative-change.ts";

const pooled = { pilots: 5, municipalities: 4, median: 0.12, min: 0.04, max: 0.3 };
const tooFew = { pilots: 2, municipalities: 2, median: null, min: null, max: null };

describe("the realistic-target hint", () => {
  it("names median, range and number of pilots, signed", () => {
    expect(achievedSentence(pooled)).toBe("Vergelijkbare pilots bereikten een verandering van +12% (mediaan; +4% tot +30%, 5 pilots).");
    expect(achievedSentence({ ...pooled, pilots: 1, median: -0.05, min: -0.05, max: 0 })).toBe(
      "Vergelijkbare pilots bereikten een verandering van −5% (mediaan; −5% tot 0%, 1 pilot).",
    );
  });

  it("says there are too few comparable pilots when PocketBase holds the figures back", () => {
    expect(achievedSentence(tooFew)).toBe(TOO_FEW_MESSAGE);
  });

  it.each([
    ["1.000", "600", "omlaag", true], // −40% asked, at most 30% achieved
    ["1.000", "750", "omlaag", false], // 25%
    ["68", "90", "omhoog", true], // +32%
    ["68", "72,5", "omhoog", false],
    ["68", "", "omhoog", false],
    ["0", "10", "omhoog", false], // no relative change from 0
  ] as const)("from %s to %s (%s) aims beyond what was achieved: %s", (baseline, target, direction, beyond) => {
    expect(targetBeyondAchieved(pooled, { baseline, target }, direction)).toBe(beyond);
  });

  it("never warns without pooled figures", () => {
    expect(targetBeyondAchieved(tooFew, { baseline: "68", target: "1000" }, "omhoog")).toBe(false);
  });

  it("rounds to whole percents, without -0", () => {
    expect(changeLabel(0.004)).toBe("0%");
    expect(changeLabel(-0.004)).toBe("0%");
    expect(changeLabel(0.125)).toBe("+13%");
    expect(BEYOND_MESSAGE).toContain("hoger dan wat vergelijkbare pilots bereikten");
  });
});
