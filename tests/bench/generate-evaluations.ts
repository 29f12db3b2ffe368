/** The bench network's evaluations and measurements, written straight into SQLite. */
import { proposedDecisions } from "../../src/domain/options.ts";
import type { Pilots } from "./generate-pilots.ts";
import { SIZES } from "./plan.ts";
import { weighted } from "./random.ts";
import { DAY, type Generation, dateOnly, insertRows, iso, month } from "./rows.ts";
import * as text from "./text.ts";

export async function generateEvaluations(g: Generation, pilots: Pilots) {
  const { random, ids, now } = g;
  const { pilotIds, pilotStage, pilotCreated, pilotEnd, hypIds, hypBaseline, hypTarget } = pilots;
  const perPilotH = SIZES.hypothesesPerPilot;
  // Evaluations: five per pilot, spread from its creation to its end (or today); the last is the
  // end evaluation for pilots in stage evaluatie or besluit.
  const perPilotE = SIZES.evaluationsPerPilot;
  const evalIds: string[] = [];
  const evalDate = new Float64Array(SIZES.pilots * perPilotE);
  const proposed = weighted<string>(proposedDecisions.values.map((v) => [v, v === "doorgaan" ? 5 : 1] as const));
  await insertRows(
    g,
    "evaluations",
    [
      "id",
      "pilot",
      "date",
      "kind",
      "observations",
      "what_worked",
      "what_did_not",
      "participants",
      "decision",
      "rationale",
      "attachments",
      "created",
      "updated",
    ],
    SIZES.pilots * perPilotE,
    (i) => {
      const p = Math.floor(i / perPilotE);
      const k = i % perPilotE;
      const from = pilotCreated[p]!;
      const to = Math.max(from + 30 * DAY, Math.min(pilotEnd[p]!, now));
      const date = from + ((k + 1) / perPilotE) * (to - from);
      const id = ids.next();
      evalIds.push(id);
      evalDate[i] = date;
      const end = k === perPilotE - 1 && (pilotStage[p] === "evaluatie" || pilotStage[p] === "besluit");
      return [
        id,
        pilotIds[p]!,
        dateOnly(date),
        end ? "eind" : "tussentijds",
        text.paragraph(random, 1, 3),
        text.sentence(random),
        text.sentence(random),
        random.int(5, 400),
        proposed(random),
        text.sentence(random),
        "[]",
        iso(Math.min(date, now)),
        iso(Math.min(date, now)),
      ];
    },
  );

  // Measurements: one per (evaluation, hypothesis) pair, so the unique index holds; about 15%
  // from fewer than 10 participants, which other municipalities see suppressed.
  const pairsPerPilot = perPilotE * perPilotH;
  await insertRows(
    g,
    "measurements",
    ["id", "evaluation", "hypothesis", "value", "sample_size", "period", "created", "updated"],
    SIZES.pilots * pairsPerPilot,
    (i) => {
      const p = Math.floor(i / pairsPerPilot);
      const k = Math.floor((i % pairsPerPilot) / perPilotH);
      const h = p * perPilotH + (i % perPilotH);
      const e = p * perPilotE + k;
      const baseline = hypBaseline[h]!;
      const progress = ((k + 1) / perPilotE) * (0.4 + random.next() * 0.9);
      const value = Math.round((baseline + (hypTarget[h]! - baseline) * progress) * 10) / 10;
      const created = iso(Math.min(evalDate[e]!, now));
      return [
        ids.next(),
        evalIds[e]!,
        hypIds[h]!,
        value,
        random.chance(0.15) ? random.int(1, 9) : random.int(10, 400),
        month(evalDate[e]!),
        created,
        created,
      ];
    },
  );
}
