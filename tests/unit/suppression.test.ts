import { describe, it, expect } from "vitest";
import { MIN_SAMPLE_SIZE, isSmallSample, sampleSizeLabel } from "../../src/domain/suppression.ts";

describe("isSmallSample", () => {
  it("draws the line at 10", () => {
    expect(MIN_SAMPLE_SIZE).toBe(10);
  });

  it.each([
    [0, true],
    [1, true],
    [9, true],
    [10, false],
    [11, false],
    [10_000, false],
  ])("%d → %s", (size, small) => {
    expect(isSmallSample(size)).toBe(small);
  });
});

describe("sampleSizeLabel", () => {
  it.each([
    [{ value: null, sample_size: null, small_sample: true }, "< 10"],
    [{ value: 1, sample_size: null, small_sample: false }, "< 10"],
    [{ value: 1, sample_size: 4, small_sample: true }, "< 10"],
    [{ value: 1, sample_size: 48, small_sample: false }, "48"],
    [{ value: 1, sample_size: 10, small_sample: false }, "10"],
    [{ value: 1, sample_size: 12500, small_sample: false }, "12.500"],
  ])("%j → %s", (measurement, label) => {
    expect(sampleSizeLabel(measurement)).toBe(label);
  });
});
