import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { demoNetwork } from "../../src/launcher/demo/demo-network.ts";
import { demoInterventions } from "../../src/launcher/demo/demo-interventions.ts";
import { parseDecimal } from "../../src/domain/decimal.ts";

/**
 * The demo shows /wat-werkt working out of the box: an intervention that public pilots of at least
 * three municipalities try, each with a measurement from 10 or more participants on the same
 * catalogue indicator, so a guest sees a pooled figure.
 */

const catalogue = JSON.parse(readFileSync(new URL("../../content/indicatoren.json", import.meta.url), "utf8")) as Array<{
  key: string;
  direction: string;
}>;
const pilots = demoNetwork.flatMap((municipality) => municipality.pilots.map((pilot) => ({ municipality: municipality.name, pilot })));

describe("the demo's interventions", () => {
  it("names only registered interventions and catalogue indicators of the hypothesis's own direction", () => {
    const names = new Set(demoInterventions.map((intervention) => intervention.name));
    for (const { pilot } of pilots) {
      if (pilot.intervention) expect(names).toContain(pilot.intervention);
      for (const { hypothesis, key } of pilot.indicatorKeys ?? []) {
        const indicator = catalogue.find((entry) => entry.key === key);
        expect(indicator, key).toBeDefined();
        expect(pilot.hypotheses[hypothesis]?.direction, `${pilot.title} ${key}`).toBe(indicator?.direction);
      }
    }
  });

  it("pools vroegsignalering-bereik for guests from public pilots of three municipalities", () => {
    const measured = new Set<string>();
    const pooled = (
      name: string,
      visibility: string | undefined,
      keys: Array<{ hypothesis: number; key: string }>,
      samples: number[][],
    ) => {
      const positions = keys.filter((entry) => entry.key === "vroegsignalering-bereik").map((entry) => entry.hypothesis);
      if (visibility === "public" && positions.some((position) => (samples[position] ?? []).some((size) => size >= 10))) measured.add(name);
    };
    const sizesOf = (evaluations: Array<{ measurements: Array<{ hypothesis: number; sample_size: string }> }>) => {
      const rows = evaluations.flatMap((evaluation) => evaluation.measurements);
      const positions = Math.max(-1, ...rows.map((row) => row.hypothesis)) + 1;
      return Array.from({ length: positions }, (_, position) =>
        rows.filter((row) => row.hypothesis === position).map((row) => parseDecimal(row.sample_size) ?? 0),
      );
    };
    const original = new Map(pilots.map(({ pilot }) => [pilot.title, pilot]));
    for (const municipality of demoNetwork) {
      for (const pilot of municipality.pilots) {
        if (pilot.intervention !== demoInterventions[0]?.name) continue;
        pooled(municipality.name, pilot.visibility, pilot.indicatorKeys ?? [], sizesOf(pilot.evaluations ?? []));
      }
      // An adopted copy joins its original's intervention with the original's catalogue links.
      for (const adoption of municipality.adoptions ?? []) {
        const from = original.get(adoption.pilotTitle);
        if (!adoption.ownVersion || !from || from.intervention !== demoInterventions[0]?.name) continue;
        pooled(municipality.name, adoption.ownVersion.visibility, from.indicatorKeys ?? [], sizesOf(adoption.ownVersion.evaluations));
      }
    }
    expect([...measured].sort()).toEqual(["Amsterdam", "Oisterwijk", "Zwolle"]);
  });
});
