import { effectActors, type EffectActor, type EffectKind } from "./options.ts";

/** One row of costs or benefits, as stored (pilot_effects) or summed over pilots. */
export type EffectAmounts = { actor: EffectActor; kind: EffectKind; expected_cents: number; realised_cents: number };

type Pair = { expected_cents: number; realised_cents: number };

/** What one actor pays and gains over all rows: verwacht and gerealiseerd, and the balance of each. */
type ActorBalance = {
  actor: EffectActor;
  costs: Pair;
  benefits: Pair;
  /** Benefits minus costs: negative when the actor loses on the pilot. */
  balance: Pair;
  /** See WRONG_POCKET_RULE; judged on the expected amounts and, once any are there, the realised ones. */
  wrongPocket: { expected: boolean; realised: boolean };
};

export type EffectsBalance = { actors: ActorBalance[]; total: { costs: Pair; benefits: Pair; balance: Pair } };

const zero = (): Pair => ({ expected_cents: 0, realised_cents: 0 });
const minus = (a: Pair, b: Pair): Pair => ({
  expected_cents: a.expected_cents - b.expected_cents,
  realised_cents: a.realised_cents - b.realised_cents,
});

/**
 * The "wrong pocket" problem of social-domain investments, in one plain rule: an actor pays for the
 * pilot (its costs are above 0) and gets back less than it pays, while the pilot as a whole pays
 * off (all benefits together are at least all costs). The gain then lands in other pockets, which
 * is why such a pilot stops once its payer looks only at its own budget.
 */
export const WRONG_POCKET_RULE =
  "Verkeerde zak betekent: deze partij betaalt (kosten boven € 0) en krijgt minder terug dan zij betaalt, terwijl de baten van alle partijen samen minstens even groot zijn als alle kosten. De winst komt dan bij anderen terecht.";

export function isWrongPocket(costs: number, benefits: number, totalCosts: number, totalBenefits: number): boolean {
  return costs > 0 && benefits < costs && totalBenefits >= totalCosts;
}

/** Sums the rows per actor (in the fixed order of effectActors, only actors with rows) and flags wrong pockets. */
export function effectsBalance(rows: readonly EffectAmounts[]): EffectsBalance {
  const byActor = new Map<EffectActor, { costs: Pair; benefits: Pair }>();
  const total = { costs: zero(), benefits: zero() };
  for (const row of rows) {
    const sums = byActor.get(row.actor) ?? { costs: zero(), benefits: zero() };
    for (const target of [row.kind === "kosten" ? sums.costs : sums.benefits, row.kind === "kosten" ? total.costs : total.benefits]) {
      target.expected_cents += row.expected_cents;
      target.realised_cents += row.realised_cents;
    }
    byActor.set(row.actor, sums);
  }
  const hasRealised = rows.some((row) => row.realised_cents > 0);
  const actors = effectActors.values
    .filter((actor) => byActor.has(actor))
    .map((actor): ActorBalance => {
      const { costs, benefits } = byActor.get(actor)!;
      return {
        actor,
        costs,
        benefits,
        balance: minus(benefits, costs),
        wrongPocket: {
          expected: isWrongPocket(costs.expected_cents, benefits.expected_cents, total.costs.expected_cents, total.benefits.expected_cents),
          realised:
            hasRealised &&
            isWrongPocket(costs.realised_cents, benefits.realised_cents, total.costs.realised_cents, total.benefits.realised_cents),
        },
      };
    });
  return { actors, total: { ...total, balance: minus(total.benefits, total.costs) } };
}

/** The Dutch sentence naming the wrong-pocket actors, or null when there are none. */
export function wrongPocketNote(balance: EffectsBalance): string | null {
  const names = balance.actors.filter((a) => a.wrongPocket.expected || a.wrongPocket.realised).map((a) => effectActors.labels[a.actor]);
  if (names.length === 0) return null;
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} en ${names.at(-1)}`;
  return `Verkeerde zak: ${list} ${names.length === 1 ? "betaalt" : "betalen"} meer dan ${names.length === 1 ? "zij terugkrijgt" : "zij terugkrijgen"}, terwijl de baten bij anderen terechtkomen.`;
}
