import { describe, expect, it } from "vitest";
import { MeasurementRowSchema, comparisonMessages, type MeasurementRowInput } from "../../src/domain/evaluation.ts";

/**
 * A measurement's comparison group (the evidence ladder's goede aanwijzingen): optional, and then
 * both its value and its number of participants. PocketBase refuses the same
 * (pocketbase/pb_hooks/lib/measurement-comparison.js; the messages are compared in
 * tests/integration/domain-matches-pocketbase.test.ts).
 */

const row = (overrides: Partial<MeasurementRowInput> = {}): MeasurementRowInput => ({
  hypothesis: "abc123def456ghi",
  value: "72,5",
  sample_size: "48",
  period: "2026-03",
  ...overrides,
});
const issuesOf = (input: MeasurementRowInput) => {
  const result = MeasurementRowSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
};

describe("a measurement's comparison group", () => {
  it("is left out when both fields are empty, or not sent at all", () => {
    expect(MeasurementRowSchema.parse(row({ comparison_value: " ", comparison_sample_size: "" }))?.comparison).toBeUndefined();
    expect(MeasurementRowSchema.parse(row())?.comparison).toBeUndefined();
  });

  it.each([
    ["65", "120", { value: 65, sample_size: 120 }],
    ["0", "10", { value: 0, sample_size: 10 }],
    ["-2,5", "1.250", { value: -2.5, sample_size: 1250 }],
    ["70", "3", { value: 70, sample_size: 3 }],
  ])("reads value %j with %j participants", (comparison_value, comparison_sample_size, expected) => {
    expect(MeasurementRowSchema.parse(row({ comparison_value, comparison_sample_size }))).toEqual({
      hypothesis: "abc123def456ghi",
      value: 72.5,
      sample_size: 48,
      period: "2026-03",
      comparison: expected,
    });
  });

  it("asks for the number of participants when only the value is given", () => {
    expect(issuesOf(row({ comparison_value: "65" }))).toEqual([
      { path: "comparison_sample_size", message: comparisonMessages.comparison_sample_size },
    ]);
  });

  it("asks for the value when only the number of participants is given", () => {
    expect(issuesOf(row({ comparison_sample_size: "120" }))).toEqual([
      { path: "comparison_value", message: comparisonMessages.comparison_value },
    ]);
  });

  it.each([
    ["abc", "120", "comparison_value"],
    ["65", "0", "comparison_sample_size"],
    ["65", "12,5", "comparison_sample_size"],
    ["65", "10.000.001", "comparison_sample_size"],
  ])("refuses value %j with %j participants at %s", (comparison_value, comparison_sample_size, path) => {
    expect(issuesOf(row({ comparison_value, comparison_sample_size })).map((issue) => issue.path)).toEqual([path]);
  });

  it("is not kept on a row without the measurement's own value: that asks for the value", () => {
    expect(issuesOf(row({ value: "", sample_size: "", comparison_value: "65", comparison_sample_size: "120" }))).toEqual([
      { path: "value", message: "Vul ook de gemeten waarde in, of laat de vergelijkingsgroep leeg." },
    ]);
  });

  it("reports the row's own problems and the comparison's together", () => {
    expect(issuesOf(row({ sample_size: "", comparison_value: "65" })).map((issue) => issue.path)).toEqual([
      "sample_size",
      "comparison_sample_size",
    ]);
  });
});
