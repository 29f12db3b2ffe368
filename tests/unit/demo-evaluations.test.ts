import { describe, it, expect } from "vitest";
import { demoNetwork } from "../../src/launcher/demo/demo-network.ts";
import { DecisionFormSchema } from "../../src/domain/stage-gate.ts";
import { isSmallSample } from "../../src/domain/suppression.ts";
import type { Verdict } from "../../src/domain/options.ts";
import { evaluations, hypotheses, isShared, pilots } from "./demo-network-entries.ts";

describe("demo network", () => {
  it("every demo evaluation passes the evaluation form schema and measures a hypothesis of its own pilot", () => {
    expect(evaluations.length).toBeGreaterThan(0);
    const failures = evaluations.flatMap(({ municipality, pilot, evaluation, parsed }) => {
      const where = `${municipality} — ${pilot.title} — ${evaluation.date}`;
      const problems: string[] = [];
      for (const row of evaluation.measurements) {
        if (!Number.isInteger(row.hypothesis) || row.hypothesis < 0 || row.hypothesis >= pilot.hypotheses.length) {
          problems.push(`measurement of hypothesis #${row.hypothesis}, but the pilot has ${pilot.hypotheses.length}`);
        }
      }
      if (!parsed.success) {
        problems.push(...parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
      } else if (parsed.data.measurements.length !== evaluation.measurements.length) {
        // A row without a value counts as "not measured" and is dropped: the demo has none of those.
        problems.push("a measurement row without a value");
      }
      return problems.length === 0 ? [] : [`${where}:\n  ${problems.join("\n  ")}`];
    });
    expect(failures, failures.join("\n")).toEqual([]);
  });

  it("dates evaluations in order from the pilot's start, and measures no later than the evaluation's month", () => {
    for (const { pilot } of pilots) {
      const dates = (pilot.evaluations ?? []).map((evaluation) => evaluation.date);
      expect(dates, pilot.title).toEqual([...dates].sort());
      for (const evaluation of pilot.evaluations ?? []) {
        const where = `${pilot.title} — ${evaluation.date}`;
        // An evaluated pilot has started: a start date, on or before its first evaluation.
        expect(pilot.start_date, where).toBeDefined();
        expect(evaluation.date >= (pilot.start_date ?? ""), `${where}: starts ${pilot.start_date}`).toBe(true);
        for (const row of evaluation.measurements) {
          expect(row.period <= evaluation.date.slice(0, 7), `${where}: period ${row.period}`).toBe(true);
        }
      }
    }
  });

  it("quotes participants only with consent and under a pseudonym", () => {
    for (const { pilot, evaluation } of evaluations) {
      expect(evaluation.testimonials.length, pilot.title).toBeLessThanOrEqual(3);
      for (const testimonial of evaluation.testimonials) {
        expect(testimonial.consent, testimonial.label).toBe(true);
        // A description such as "deelnemer A, 24 jaar", never a name: it starts in lower case.
        expect(testimonial.label, pilot.title).toMatch(/^[a-z]/);
      }
    }
  });

  it("has evaluations on at least five pilots in at least three municipalities", () => {
    const evaluated = pilots.filter(({ pilot }) => (pilot.evaluations ?? []).length > 0);
    expect(evaluated.length).toBeGreaterThanOrEqual(5);
    expect(new Set(evaluated.map(({ municipality }) => municipality)).size).toBeGreaterThanOrEqual(3);
  });

  it("gives every pilot in stage besluit an end evaluation", () => {
    const decided = pilots.filter(({ pilot }) => pilot.stage === "besluit");
    expect(decided.length).toBeGreaterThan(0);
    const withoutEnd = decided.filter(({ pilot }) => !(pilot.evaluations ?? []).some((evaluation) => evaluation.kind === "eind"));
    expect(withoutEnd.map(({ pilot }) => pilot.title)).toEqual([]);
  });

  it("records every decision as the decision form accepts it", () => {
    for (const { pilot } of pilots) {
      if (!pilot.decision) {
        expect(pilot.stop_reason, pilot.title).toBeUndefined();
        continue;
      }
      const result = DecisionFormSchema.safeParse({
        decision: pilot.decision,
        decision_rationale: pilot.decision_rationale ?? "",
        stop_reason: pilot.stop_reason ?? "",
      });
      expect(result.success, `${pilot.title}: ${result.error?.issues.map((issue) => issue.message).join(" ")}`).toBe(true);
      // A stop reason belongs to a stop: the form drops it for any other decision.
      if (pilot.decision !== "stoppen") expect(pilot.stop_reason, pilot.title).toBeUndefined();
    }
  });

  it("stops exactly one pilot, with a reason others can read", () => {
    const stopped = pilots.filter(({ pilot }) => pilot.decision === "stoppen");
    expect(stopped.map(({ pilot }) => pilot.title)).toHaveLength(1);
    const [{ pilot }] = stopped as [(typeof stopped)[number]];
    expect(pilot.stop_reason?.trim().length ?? 0).toBeGreaterThanOrEqual(10);
    expect(isShared(pilot), pilot.title).toBe(true);
  });

  it("measures at least three hypotheses in three or more periods, so charts show a line", () => {
    const lines = hypotheses.filter((entry) => entry.periods.size >= 3);
    expect(lines.map((entry) => entry.label).length).toBeGreaterThanOrEqual(3);
  });

  it("has a sample under 10 in a pilot other municipalities can see", () => {
    const small = hypotheses.filter((entry) => isShared(entry.pilot) && entry.measurements.some((row) => isSmallSample(row.sample_size)));
    expect(small.length).toBeGreaterThan(0);
  });

  it("tells the three verdict stories over time: bevestigd, verworpen and onbeslist", () => {
    const stories = new Set(hypotheses.filter((entry) => entry.periods.size >= 3).map((entry) => entry.proposed));
    for (const story of ["bevestigd", "verworpen", "onbeslist"] satisfies Verdict[]) {
      expect(stories.has(story), story).toBe(true);
    }
  });

  it("records verdicts on existing hypotheses, with a reason where they differ from the proposal", () => {
    for (const { pilot } of pilots) {
      for (const recorded of pilot.verdicts ?? []) {
        const entry = hypotheses.find((candidate) => candidate.pilot === pilot && candidate.index === recorded.hypothesis);
        const where = `${pilot.title} #${recorded.hypothesis}`;
        expect(entry, where).toBeDefined();
        if (entry && recorded.verdict !== entry.proposed) {
          expect(
            recorded.verdict_reason?.trim().length ?? 0,
            `${where}: ${recorded.verdict} differs from ${entry.proposed}`,
          ).toBeGreaterThanOrEqual(10);
        }
      }
    }
  });

  it("leaves Oisterwijk a running pilot with a hypothesis, for logging a new evaluation", () => {
    const own = demoNetwork.find((municipality) => municipality.name === "Oisterwijk")?.pilots ?? [];
    expect(own.some((pilot) => (pilot.stage === "uitvoering" || pilot.stage === "evaluatie") && pilot.hypotheses.length > 0)).toBe(true);
  });
});
