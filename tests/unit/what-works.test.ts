import { describe, expect, it } from "vitest";
import { changeLabel } from "../../src/domain/relative-change.ts";
import { poolWhatWorks, type WhatWorksRecords } from "../../src/domain/what-works.ts";

const pilot = (id: string, municipality: string, size_class: "klein" | "groot" | "" = "groot") => ({
  id,
  title: `Pilot ${id}`,
  intervention: "i1",
  municipality,
  municipality_name: `Gemeente ${municipality}`,
  size_class,
});
const hypothesis = (
  id: string,
  pilotId: string,
  baseline: number,
  verdict: "" | "bevestigd" | "verworpen" | "onbeslist" | "open" = "",
) => ({
  id,
  pilot: pilotId,
  verdict,
  indicator: "ind",
  baseline,
});
const last = (hypothesisId: string, value: number) => ({ hypothesis: hypothesisId, value, sample_size: 20, period: "2026-06" });

const records: WhatWorksRecords = {
  interventions: [
    { id: "i1", name: "Eropaf", description: "" },
    { id: "i2", name: "Zonder pilots", description: "" },
  ],
  indicators: [{ id: "ind", key: "schulden", name: "Schulden", unit: "%", direction: "omlaag" }],
  // Two pilots in municipality a: three municipalities in all, two of them groot.
  pilots: [pilot("p1", "a"), pilot("p2", "a"), pilot("p3", "b"), pilot("p4", "c", "klein")],
  hypotheses: [
    hypothesis("h1", "p1", 100, "bevestigd"),
    hypothesis("h2", "p2", 100, "onbeslist"),
    hypothesis("h3", "p3", 50, "verworpen"),
    hypothesis("h4", "p4", 10, "open"),
  ],
  // Lower is better: 100 → 80 is +20%, 100 → 90 +10%, 50 → 60 −20%, 10 → 5 +50%.
  measurements: [last("h1", 80), last("h2", 90), last("h3", 60), last("h4", 5)],
};

describe("poolWhatWorks", () => {
  const [result, ...rest] = poolWhatWorks(records);

  it("leaves out an intervention without readable pilots and counts municipalities, pilots and verdicts", () => {
    expect(rest).toEqual([]);
    expect(result?.municipalities).toBe(3);
    expect(result?.pilots).toHaveLength(4);
    expect(result?.verdicts).toEqual({ bevestigd: 1, verworpen: 1, onbeslist: 1, open: 1 });
  });

  it("gives the median and range of the changes, signed so that plus is better", () => {
    const figure = result?.indicators[0];
    expect(figure?.overall.summary).toMatchObject({ n: 4, min: -0.2, max: 0.5 });
    expect(figure?.overall.summary?.median).toBeCloseTo(0.15);
    expect(figure?.points.map((point) => point.pilot.id)).toEqual(["p3", "p2", "p1", "p4"]);
  });

  it("gives a size class of fewer than three municipalities no figure", () => {
    expect(result?.indicators[0]?.bySize).toEqual([
      { sizeClass: "klein", figure: { municipalities: 1, pilots: 1, summary: null } },
      { sizeClass: "groot", figure: { municipalities: 2, pilots: 3, summary: null } },
    ]);
  });

  it("shows no points when the whole group has fewer than three municipalities", () => {
    const [two] = poolWhatWorks({ ...records, pilots: records.pilots.slice(0, 3) });
    expect(two?.indicators[0]?.overall.summary).toBeNull();
    expect(two?.indicators[0]?.points).toEqual([]);
  });
});

describe("changeLabel", () => {
  it("writes a signed whole percentage", () => {
    expect([changeLabel(0.123), changeLabel(-0.05), changeLabel(0.001)]).toEqual(["+12%", "−5%", "0%"]);
  });
});
