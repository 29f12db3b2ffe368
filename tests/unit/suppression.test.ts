import { describe, it, expect } from "vitest";
import { MIN_SAMPLE_SIZE, isSmallSample, sampleSizeLabel, suppressForPeers } from "../../src/domain/suppression.ts";

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

describe("suppressForPeers", () => {
  it("hides value and sample size of a small sample", () => {
    expect(suppressForPeers({ value: 72.5, sample_size: 9 })).toEqual({ value: null, sample_size: null, small_sample: true });
  });

  it("keeps a large enough sample", () => {
    expect(suppressForPeers({ value: 72.5, sample_size: 10 })).toEqual({ value: 72.5, sample_size: 10, small_sample: false });
  });

  it("keeps the other fields in both cases", () => {
    const small = { id: "m1", hypothesis: "h1", period: "2026-03", value: 3, sample_size: 4 };
    const large = { ...small, id: "m2", sample_size: 48 };
    expect(suppressForPeers(small)).toEqual({ id: "m1", hypothesis: "h1", period: "2026-03", value: null, sample_size: null, small_sample: true });
    expect(suppressForPeers(large)).toEqual({ id: "m2", hypothesis: "h1", period: "2026-03", value: 3, sample_size: 48, small_sample: false });
  });

  it("does not change the measurement it is given", () => {
    const measurement = { value: 3, sample_size: 4 };
    suppressForPeers(measurement);
    expect(measurement).toEqual({ value: 3, sample_size: 4 });
  });
});

describe("sampleSizeLabel", () => {
  it.each([
    [{ value: null, sample_size: null, small_sample: true }, "< 10"],
    [{ value: 1, sample_size: null, small_sample: false }, "< 10"],
    [{ value: 1, sample_size: 4, small_sample: true }, "< 10"],
    [{ value: 1, sample_size: 48, small_sample: false }, "48"],
    [{ value: 1, sample_size: 10, small_sample: false }, "10"],
  ])("%j → %s", (measurement, label) => {
    expect(sampleSizeLabel(measurement)).toBe(label);
  });

  it("labels what suppressForPeers gives", () => {
    expect(sampleSizeLabel(suppressForPeers({ value: 5, sample_size: 3 }))).toBe("< 10");
    expect(sampleSizeLabel(suppressForPeers({ value: 5, sample_size: 30 }))).toBe("30");
  });
});
