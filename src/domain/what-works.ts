/**
 * /wat-werkt: what pilots of several municipalities found with the same intervention, pooled from
 * what the visitor may read (GET /api/proeftuin/what-works). PocketBase leaves out every measurement
 * from fewer than 10 participants; here a group of fewer than MIN_MUNICIPALITIES municipalities gets
 * no figure, so no pooled number points at one or two municipalities.
 */
import type { Direction, SizeClass, Verdict } from "./options.ts";
import { sizeClasses } from "./options.ts";
import { relativeChange, summarise, type Summary } from "./relative-change.ts";

export const MIN_MUNICIPALITIES = 3;

export type WhatWorksRecords = {
  interventions: { id: string; name: string; description: string }[];
  indicators: { id: string; key: string; name: string; unit: string; direction: Direction }[];
  pilots: {
    id: string;
    title: string;
    intervention: string;
    municipality: string;
    municipality_name: string;
    size_class: SizeClass | "";
  }[];
  hypotheses: { id: string; pilot: string; verdict: Verdict | ""; indicator: string; baseline: number }[];
  /** Per hypothesis its latest measurement from at least 10 participants. */
  measurements: { hypothesis: string; value: number; sample_size: number; period: string }[];
};

type PilotRef = { id: string; title: string; municipality_name: string };

/** A group's figure: null when it has fewer than MIN_MUNICIPALITIES municipalities. */
export type GroupFigure = { municipalities: number; pilots: number; summary: Summary | null };

type ChangePoint = { pilot: PilotRef; sizeClass: SizeClass | ""; change: number };

export type IndicatorResult = {
  id: string;
  name: string;
  unit: string;
  direction: Direction;
  /** One per pilot, lowest first; shown only when the whole group has a figure. */
  points: ChangePoint[];
  overall: GroupFigure;
  bySize: { sizeClass: SizeClass; figure: GroupFigure }[];
};

/** Onbeslist is a verdict of its own (the pilot judged and could not tell), not open. */
type VerdictCounts = { bevestigd: number; verworpen: number; onbeslist: number; open: number };

export type InterventionResult = {
  id: string;
  name: string;
  description: string;
  municipalities: number;
  pilots: PilotRef[];
  verdicts: VerdictCounts;
  indicators: IndicatorResult[];
};

function groupFigure(points: ChangePoint[], municipalityOf: Map<string, string>): GroupFigure {
  const municipalities = new Set(points.map((point) => municipalityOf.get(point.pilot.id))).size;
  return {
    municipalities,
    pilots: points.length,
    summary: municipalities >= MIN_MUNICIPALITIES ? summarise(points.map((point) => point.change)) : null,
  };
}

function countVerdicts(verdicts: (Verdict | "")[]): VerdictCounts {
  const counts: VerdictCounts = { bevestigd: 0, verworpen: 0, onbeslist: 0, open: 0 };
  for (const verdict of verdicts) counts[verdict === "" ? "open" : verdict]++;
  return counts;
}

/** Per pilot the median change of its hypotheses on this indicator (one per pilot, mostly). */
function changePoints(
  indicator: WhatWorksRecords["indicators"][number],
  pilots: WhatWorksRecords["pilots"],
  hypotheses: WhatWorksRecords["hypotheses"],
  lastValue: Map<string, number>,
): ChangePoint[] {
  const points: ChangePoint[] = [];
  for (const pilot of pilots) {
    const changes = hypotheses
      .filter((hypothesis) => hypothesis.pilot === pilot.id && hypothesis.indicator === indicator.id)
      .map((hypothesis) => relativeChange(hypothesis.baseline, lastValue.get(hypothesis.id), indicator.direction));
    const { median } = summarise(changes);
    if (median === null) continue;
    points.push({
      pilot: { id: pilot.id, title: pilot.title, municipality_name: pilot.municipality_name },
      sizeClass: pilot.size_class,
      change: median,
    });
  }
  return points.sort((a, b) => a.change - b.change || a.pilot.title.localeCompare(b.pilot.title, "nl"));
}

/** Per intervention with readable pilots: counts, verdicts and per catalogue indicator the pooled change. */
export function poolWhatWorks(records: WhatWorksRecords): InterventionResult[] {
  const lastValue = new Map(records.measurements.map((measurement) => [measurement.hypothesis, measurement.value]));
  const municipalityOf = new Map(records.pilots.map((pilot) => [pilot.id, pilot.municipality]));
  const results: InterventionResult[] = [];
  for (const intervention of records.interventions) {
    const pilots = records.pilots.filter((pilot) => pilot.intervention === intervention.id);
    if (pilots.length === 0) continue;
    const pilotIds = new Set(pilots.map((pilot) => pilot.id));
    const hypotheses = records.hypotheses.filter((hypothesis) => pilotIds.has(hypothesis.pilot));
    const indicators = records.indicators
      .filter((indicator) => hypotheses.some((hypothesis) => hypothesis.indicator === indicator.id))
      .map((indicator) => {
        const points = changePoints(indicator, pilots, hypotheses, lastValue);
        const overall = groupFigure(points, municipalityOf);
        return {
          id: indicator.id,
          name: indicator.name,
          unit: indicator.unit,
          direction: indicator.direction,
          points: overall.summary ? points : [],
          overall,
          bySize: sizeClasses.values
            .map((sizeClass) => ({
              sizeClass,
              figure: groupFigure(
                points.filter((point) => point.sizeClass === sizeClass),
                municipalityOf,
              ),
            }))
            .filter((group) => group.figure.pilots > 0),
        };
      });
    results.push({
      id: intervention.id,
      name: intervention.name,
      description: intervention.description,
      municipalities: new Set(pilots.map((pilot) => pilot.municipality)).size,
      pilots: pilots.map((pilot) => ({ id: pilot.id, title: pilot.title, municipality_name: pilot.municipality_name })),
      verdicts: countVerdicts(hypotheses.map((hypothesis) => hypothesis.verdict)),
      indicators,
    });
  }
  return results;
}
