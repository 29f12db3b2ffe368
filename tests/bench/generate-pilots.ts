/** The bench network's pilots with their hypotheses, budget lines and risks, written straight into SQLite. */
import {
  decisions,
  evidenceLevels,
  fundingSources,
  principles,
  riskCategories,
  riskStatuses,
  type Domain,
  type Stage,
} from "../../src/domain/options.ts";
import type { People } from "./generate-people.ts";
import { SIZES, type MunicipalityPlan } from "./plan.ts";
import { weighted } from "./random.ts";
import { DAY, type Generation, dateOnly, insertRows, iso } from "./rows.ts";
import { partnerNames, personName } from "./names.ts";
import * as text from "./text.ts";

/** The domain of a pilot, or of a lesson drawn from no pilot. */
export const pickDomain = weighted<Domain>([
  ["wmo", 20],
  ["jeugd", 16],
  ["participatie", 14],
  ["schuldhulp", 10],
  ["armoede", 10],
  ["wonen", 8],
  ["gezondheid", 8],
  ["onderwijs", 5],
  ["veiligheid", 4],
  ["overig", 5],
]);
/** The visibility of a pilot or a lesson. */
export const pickVisibility = weighted<string>([
  ["private", 1],
  ["network", 1],
  ["public", 1],
]);

export type Pilots = Awaited<ReturnType<typeof generatePilots>>;

/** Pilots: 500 for GM0001, the rest spread unevenly over the other 341; two hypotheses, three budget lines and two risks each. */
export async function generatePilots(g: Generation, plan: MunicipalityPlan[], { muniIds, otherMunis }: People) {
  const { random, ids, now, thisYear } = g;
  const pilotMuni = new Int32Array(SIZES.pilots);
  for (let i = 0; i < SIZES.pilots; i++) pilotMuni[i] = i < SIZES.portfolioPilots ? 0 : otherMunis.draw(random);
  for (let i = SIZES.pilots - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    const swap = pilotMuni[i]!;
    pilotMuni[i] = pilotMuni[j]!;
    pilotMuni[j] = swap;
  }
  const pilotIds: string[] = [];
  const pilotDomain: Domain[] = [];
  const pilotStage: Stage[] = [];
  const pilotVisibility: string[] = [];
  const pilotCreated = new Float64Array(SIZES.pilots);
  const pilotUpdated = new Float64Array(SIZES.pilots);
  const pilotStart = new Float64Array(SIZES.pilots);
  const pilotEnd = new Float64Array(SIZES.pilots);
  const stage = weighted<Stage>([
    ["idee", 10],
    ["ontwerp", 15],
    ["uitvoering", 35],
    ["evaluatie", 20],
    ["besluit", 20],
  ]);
  const evidence = weighted<string>([["", 8], ...evidenceLevels.values.map((v, i) => [v, 5 - i] as const)]);
  const decision = weighted<string>(decisions.values.map((v) => [v, v === "stoppen" || v === "bijstellen" ? 2 : 3] as const));
  await insertRows(
    g,
    "pilots",
    [
      "id",
      "municipality",
      "title",
      "summary",
      "problem",
      "target_group",
      "domain",
      "principles",
      "stage",
      "decision",
      "decision_rationale",
      "start_date",
      "end_date",
      "partners",
      "visibility",
      "evidence_level",
      "tags",
      "adopted_from",
      "stop_reason",
      "theory_of_change",
      "stage_since",
      "decided_at",
      "created",
      "updated",
    ],
    SIZES.pilots,
    (i) => {
      const muni = pilotMuni[i]!;
      const id = ids.next();
      let s = stage(random);
      let vis = pickVisibility(random);
      let adoptedFrom = "";
      // About 1% are adoptions: a private copy, in stage ontwerp, of a shared pilot elsewhere.
      if (muni !== 0 && i > 1000 && random.chance(0.01)) {
        const source = random.int(0, i - 1);
        if (pilotVisibility[source] !== "private" && pilotMuni[source] !== muni) {
          adoptedFrom = pilotIds[source]!;
          s = "ontwerp";
          vis = "private";
        }
      }
      const created = now - random.int(30, 3 * 365) * DAY - random.int(0, DAY);
      const updated = created + random.next() * (now - created);
      const start = s === "idee" || s === "ontwerp" ? created + random.int(30, 200) * DAY : created + random.int(0, 60) * DAY;
      const end = start + random.int(180, 730) * DAY;
      const d = pickDomain(random);
      const dec = s === "besluit" ? decision(random) : "";
      pilotIds.push(id);
      pilotDomain.push(d);
      pilotStage.push(s);
      pilotVisibility.push(vis);
      pilotCreated[i] = created;
      pilotUpdated[i] = updated;
      pilotStart[i] = start;
      pilotEnd[i] = end;
      const partners = Array.from({ length: random.int(0, 3) }, () => ({
        name: random.pick(partnerNames),
        role: random.pick(["uitvoering", "financier", "adviseur", "doorverwijzer"]),
      }));
      return [
        id,
        muniIds[muni]!,
        text.pilotTitle(random, plan[muni]!.name),
        text.sentence(random),
        text.paragraph(random, 2, 4),
        text.targetGroup(random),
        d,
        JSON.stringify(random.some(principles.values, random.int(1, 3))),
        s,
        dec,
        dec ? text.paragraph(random, 1, 2) : "",
        s === "idee" && random.chance(0.5) ? "" : dateOnly(start),
        s === "idee" && random.chance(0.5) ? "" : dateOnly(end),
        JSON.stringify(partners),
        vis,
        evidence(random),
        JSON.stringify(text.tags(random)),
        adoptedFrom,
        dec === "stoppen" ? text.sentence(random) : "",
        random.chance(0.4) ? text.paragraph(random, 2, 3) : "",
        iso(updated),
        dec ? iso(updated) : "",
        iso(created),
        iso(updated),
      ];
    },
  );

  // Hypotheses: two per pilot, with what the measurements need.
  const perPilotH = SIZES.hypothesesPerPilot;
  const hypIds: string[] = [];
  const hypBaseline = new Float64Array(SIZES.pilots * perPilotH);
  const hypTarget = new Float64Array(SIZES.pilots * perPilotH);
  const verdict = weighted<string>([
    ["open", 3],
    ["bevestigd", 3],
    ["verworpen", 2],
    ["onbeslist", 2],
  ]);
  await insertRows(
    g,
    "hypotheses",
    [
      "id",
      "pilot",
      "statement",
      "indicator",
      "unit",
      "direction",
      "baseline",
      "target",
      "measure_by",
      "verdict",
      "verdict_reason",
      "created",
      "updated",
    ],
    SIZES.pilots * perPilotH,
    (i) => {
      const p = Math.floor(i / perPilotH);
      const [indicator, unit, direction] = random.pick(text.indicators);
      const baseline = random.int(10, 400);
      const change = baseline * (0.1 + random.next() * 0.3);
      const target = Math.round(direction === "omhoog" ? baseline + change : baseline - change);
      const id = ids.next();
      hypIds.push(id);
      hypBaseline[i] = baseline;
      hypTarget[i] = target;
      const decided = pilotStage[p] === "evaluatie" || pilotStage[p] === "besluit";
      const v = decided ? verdict(random) : random.chance(0.3) ? "open" : "";
      const statement = `Als wij ${text.sentence(random).slice(0, -1).toLowerCase()}, dan verwachten wij dat het ${indicator} ${direction === "omhoog" ? "stijgt" : "daalt"}.`;
      return [
        id,
        pilotIds[p]!,
        statement.slice(0, 1000),
        indicator,
        unit,
        direction,
        baseline,
        target,
        dateOnly(pilotEnd[p]!),
        v,
        v === "bevestigd" || v === "verworpen" ? text.sentence(random) : "",
        iso(pilotCreated[p]!),
        iso(pilotUpdated[p]!),
      ];
    },
  );

  const source = weighted<string>(fundingSources.values.map((v) => [v, v === "gemeente" ? 5 : v === "rijk" ? 4 : 1] as const));
  await insertRows(
    g,
    "budget_lines",
    ["id", "pilot", "source", "year", "planned_cents", "spent_cents", "reporting_deadline", "created", "updated"],
    SIZES.pilots * SIZES.budgetLinesPerPilot,
    (i) => {
      const p = Math.floor(i / SIZES.budgetLinesPerPilot);
      const year = new Date(pilotStart[p]!).getUTCFullYear() + (i % SIZES.budgetLinesPerPilot);
      const planned = random.int(5_000, 250_000) * 100;
      const spent =
        year < thisYear
          ? Math.round(planned * (0.6 + random.next() * 0.5))
          : year === thisYear
            ? Math.round(planned * random.next() * 0.7)
            : 0;
      return [
        ids.next(),
        pilotIds[p]!,
        source(random),
        year,
        planned,
        spent,
        random.chance(0.5) ? `${year + 1}-03-31 00:00:00.000Z` : "",
        iso(pilotCreated[p]!),
        iso(pilotUpdated[p]!),
      ];
    },
  );

  const category = weighted<string>(riskCategories.values.map((v) => [v, 1] as const));
  const riskStatus = weighted<string>(riskStatuses.values.map((v) => [v, v === "open" ? 4 : 2] as const));
  await insertRows(
    g,
    "risks",
    ["id", "pilot", "title", "category", "likelihood", "impact", "mitigation", "owner", "status", "created", "updated"],
    SIZES.pilots * SIZES.risksPerPilot,
    (i) => {
      const p = Math.floor(i / SIZES.risksPerPilot);
      return [
        ids.next(),
        pilotIds[p]!,
        random.pick(text.riskTitles),
        category(random),
        random.int(1, 5),
        random.int(1, 5),
        text.sentence(random),
        personName(random),
        riskStatus(random),
        iso(pilotCreated[p]!),
        iso(pilotUpdated[p]!),
      ];
    },
  );
  return { pilotMuni, pilotIds, pilotDomain, pilotStage, pilotCreated, pilotUpdated, pilotStart, pilotEnd, hypIds, hypBaseline, hypTarget };
}
