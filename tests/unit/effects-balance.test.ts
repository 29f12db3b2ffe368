import { describe, expect, it } from "vitest";
import { effectsBalance, isWrongPocket, wrongPocketNote, type EffectAmounts } from "../../src/domain/effects-balance.ts";
import { EffectRowSchema, effectRowsFromForm } from "../../src/domain/effects.ts";

const row = (actor: EffectAmounts["actor"], kind: EffectAmounts["kind"], expected: number, realised = 0): EffectAmounts => ({
  actor,
  kind,
  expected_cents: expected,
  realised_cents: realised,
});

describe("effectsBalance", () => {
  it("sums costs and benefits per actor in the fixed actor order, with the balance", () => {
    const result = effectsBalance([
      row("zorgverzekeraar", "baten", 300, 100),
      row("gemeente", "kosten", 500, 400),
      row("gemeente", "kosten", 100, 50),
      row("gemeente", "baten", 200, 0),
    ]);
    expect(result.actors.map((a) => a.actor)).toEqual(["gemeente", "zorgverzekeraar"]);
    expect(result.actors[0]).toMatchObject({
      costs: { expected_cents: 600, realised_cents: 450 },
      benefits: { expected_cents: 200, realised_cents: 0 },
      balance: { expected_cents: -400, realised_cents: -450 },
    });
    expect(result.total).toEqual({
      costs: { expected_cents: 600, realised_cents: 450 },
      benefits: { expected_cents: 500, realised_cents: 100 },
      balance: { expected_cents: -100, realised_cents: -350 },
    });
  });

  it("flags the payer whose gains land with others when the pilot as a whole pays off", () => {
    const result = effectsBalance([
      row("gemeente", "kosten", 1000),
      row("gemeente", "baten", 200),
      row("zorgverzekeraar", "baten", 700),
      row("uwv", "baten", 300),
    ]);
    expect(result.actors.map((a) => [a.actor, a.wrongPocket.expected])).toEqual([
      ["gemeente", true],
      ["uwv", false],
      ["zorgverzekeraar", false],
    ]);
    expect(wrongPocketNote(result)).toBe(
      "Verkeerde zak: Gemeente betaalt meer dan zij terugkrijgt, terwijl de baten bij anderen terechtkomen.",
    );
  });

  it("does not flag a payer when the pilot as a whole does not pay off", () => {
    const result = effectsBalance([row("gemeente", "kosten", 1000), row("uwv", "baten", 999)]);
    expect(result.actors[0]!.wrongPocket.expected).toBe(false);
    expect(wrongPocketNote(result)).toBeNull();
  });

  it("judges the realised amounts only once some are realised", () => {
    const planned = effectsBalance([row("gemeente", "kosten", 1000), row("uwv", "baten", 2000)]);
    expect(planned.actors[0]!.wrongPocket).toEqual({ expected: true, realised: false });
    const realised = effectsBalance([row("gemeente", "kosten", 1000, 900), row("uwv", "baten", 2000, 950)]);
    expect(realised.actors[0]!.wrongPocket).toEqual({ expected: true, realised: true });
  });

  it("names several wrong-pocket actors in one sentence", () => {
    const result = effectsBalance([row("gemeente", "kosten", 100), row("rijk", "kosten", 100), row("uwv", "baten", 500)]);
    expect(wrongPocketNote(result)).toBe(
      "Verkeerde zak: Gemeente en Rijk betalen meer dan zij terugkrijgen, terwijl de baten bij anderen terechtkomen.",
    );
  });
});

describe("isWrongPocket", () => {
  it.each([
    [100, 50, 100, 200, true],
    [100, 100, 100, 200, false],
    [0, 0, 100, 200, false],
    [100, 50, 300, 200, false],
    [100, 50, 200, 200, true],
  ])("costs %i, benefits %i, all costs %i, all benefits %i: %s", (costs, benefits, totalCosts, totalBenefits, expected) => {
    expect(isWrongPocket(costs, benefits, totalCosts, totalBenefits)).toBe(expected);
  });
});

describe("EffectRowSchema", () => {
  it("reads Dutch amounts into cents and refuses a year outside 2000–2100 with a Dutch message", () => {
    const ok = EffectRowSchema.parse({
      id: "",
      actor: "uwv",
      kind: "baten",
      year: "2027",
      expected_cents: "1.250,50",
      realised_cents: "",
      source_note: "MKBA",
    });
    expect(ok).toMatchObject({ actor: "uwv", year: 2027, expected_cents: 125050, realised_cents: 0 });
    const bad = EffectRowSchema.safeParse({
      actor: "uwv",
      kind: "baten",
      year: "1999",
      expected_cents: "-5",
      realised_cents: "",
      source_note: "",
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.message)).toEqual(
      expect.arrayContaining(["Vul een jaar in tussen 2000 en 2100.", expect.stringContaining("kan niet negatief zijn")]),
    );
  });
});

describe("effectRowsFromForm", () => {
  it("keeps typed rows in form order and leaves out spare empty rows and rows marked for removal", () => {
    const form = new Map<string, string>([
      ["effects.0.actor", "gemeente"],
      ["effects.0.kind", "kosten"],
      ["effects.0.year", "2026"],
      ["effects.1.year", "2026"],
      ["effects.2.actor", "uwv"],
      ["effects.2.verwijderen", "ja"],
      ["effects.3.expected_cents", "100"],
    ]);
    const rows = effectRowsFromForm(form, 4);
    expect(rows.map((row) => [row.actor, row.expected_cents])).toEqual([
      ["gemeente", ""],
      ["", "100"],
    ]);
  });
});
