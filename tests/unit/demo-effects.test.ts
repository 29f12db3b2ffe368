import { describe, expect, it } from "vitest";
import { demoNetwork } from "../../src/launcher/demo/demo-network.ts";
import { EffectsFormSchema } from "../../src/domain/effects.ts";
import { effectsBalance } from "../../src/domain/effects-balance.ts";

/**
 * The demo shows "Wie betaalt, wie profiteert": on pilot pages (one with a wrong-pocket payer), in
 * the portfolio, and on /wat-werkt for every visitor (public pilots of three municipalities on the
 * pooled intervention hold costs and benefits).
 */

const withEffects = demoNetwork
  .flatMap((municipality) => [
    ...municipality.pilots.map((pilot) => ({ municipality: municipality.name, pilot, effects: pilot.effects ?? [] })),
    ...(municipality.adoptions ?? []).map((adoption) => ({
      municipality: municipality.name,
      pilot: {
        title: adoption.pilotTitle,
        visibility: adoption.ownVersion?.visibility ?? "private",
        intervention: undefined as string | undefined,
      },
      effects: adoption.ownVersion?.effects ?? [],
    })),
  ])
  .filter((entry) => entry.effects.length > 0);

const parsed = (effects: (typeof withEffects)[number]["effects"]) =>
  EffectsFormSchema.parse({ effects: effects.map((row) => ({ ...row, id: "" })) }).effects;

describe("the demo's costs and benefits", () => {
  it("parse with the page's own schema", () => {
    expect(withEffects.length).toBeGreaterThanOrEqual(4);
    for (const entry of withEffects) expect(() => parsed(entry.effects)).not.toThrow();
  });

  it("include a pilot whose payer is in the wrong pocket", () => {
    const flagged = withEffects.filter((entry) => effectsBalance(parsed(entry.effects)).actors.some((a) => a.wrongPocket.expected));
    expect(flagged.map((entry) => entry.municipality)).toContain("Zwolle");
  });

  it("reach /wat-werkt for guests: public pilots of three municipalities on the pooled intervention", () => {
    const pooled = withEffects.filter(
      (entry) =>
        entry.pilot.visibility === "public" &&
        // Oisterwijk's copy joins its original's intervention by itself (pb_hooks/what_works.pb.js).
        (entry.pilot.intervention === "Vroegsignalering: eropaf bij geldzorgen" || entry.municipality === "Oisterwijk"),
    );
    expect(new Set(pooled.map((entry) => entry.municipality)).size).toBeGreaterThanOrEqual(3);
  });
});
