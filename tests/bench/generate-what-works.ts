/**
 * What the pages added after the first bench need at network scale: named interventions that pilots
 * try, hypotheses linked to the indicator catalogue (the "wat werkt" page pools them), and the bench
 * user's notifications. Drawn from a random of its own, so the tables before it stay as they were.
 */
import { Random } from "./random.ts";
import { type Generation, insertRows, iso, DAY } from "./rows.ts";
import type { Pilots } from "./generate-pilots.ts";

const INTERVENTIONS = 60;
/** Share of the pilots that try a named intervention. */
const WITH_INTERVENTION = 0.3;
const NOTIFICATIONS = 300;

const APPROACHES = [
  "Buurtteam",
  "Schuldhulp",
  "Taalcoach",
  "Jongerenwerk",
  "Mantelzorg",
  "Werkfit",
  "Preventie",
  "Wijkkracht",
  "Maatje",
  "Gezinscoach",
];
const FORMS = ["aan huis", "in de wijk", "op school", "met vrijwilligers", "digitaal", "voor statushouders"];
const KINDS = ["vraag", "antwoord", "besluit_nodig", "evaluatie_te_laat", "nieuwe_les"] as const;

export async function generateWhatWorks(
  g: Generation,
  pilots: Pilots,
  benchUserId: string,
): Promise<{ interventions: number; linkedPilots: number }> {
  const random = new Random(20_261_204);
  const { db, ids, now } = g;
  const indicators = db.prepare("SELECT id, direction FROM indicators ORDER BY key").all() as Array<{ id: string; direction: string }>;
  const up = indicators.filter((i) => i.direction === "omhoog").map((i) => i.id);
  const down = indicators.filter((i) => i.direction === "omlaag").map((i) => i.id);
  if (up.length === 0 || down.length === 0) throw new Error("de indicatorcatalogus is leeg: PocketBase vulde hem niet bij de eerste start");

  const names = APPROACHES.flatMap((approach) => FORMS.map((form) => `${approach} ${form}`)).slice(0, INTERVENTIONS);
  const interventionIds = names.map(() => ids.next());
  const created = iso(now - 400 * DAY);
  await insertRows(g, "interventions", ["id", "name", "description", "created", "updated"], names.length, (i) => [
    interventionIds[i]!,
    names[i]!,
    `Een aanpak die meerdere gemeenten uitproberen: ${names[i]!.toLowerCase()}.`,
    created,
    created,
  ]);
  // Each intervention measures one indicator that should rise and one that should fall.
  const indicatorsOf = interventionIds.map(() => [random.pick(up), random.pick(down)] as const);

  const linkPilot = db.prepare("UPDATE pilots SET intervention = ? WHERE id = ?");
  const linkHypotheses = db.prepare("UPDATE hypotheses SET indicator_ref = CASE direction WHEN 'omhoog' THEN ? ELSE ? END WHERE pilot = ?");
  let linkedPilots = 0;
  db.exec("BEGIN");
  for (const pilotId of pilots.pilotIds) {
    if (!random.chance(WITH_INTERVENTION)) continue;
    const which = random.int(0, interventionIds.length - 1);
    const [rising, falling] = indicatorsOf[which]!;
    linkPilot.run(interventionIds[which]!, pilotId);
    linkHypotheses.run(rising, falling, pilotId);
    linkedPilots++;
  }
  db.exec("COMMIT");

  const ownPilots = pilots.pilotIds.filter((_, index) => pilots.pilotMuni[index] === 0);
  await insertRows(
    g,
    "notifications",
    ["id", "user", "kind", "lesson", "pilot", "comment", "title", "read", "created", "updated"],
    NOTIFICATIONS,
    (i) => {
      const at = iso(now - i * 0.5 * DAY);
      const pilot = random.pick(ownPilots);
      return [
        ids.next(),
        benchUserId,
        random.pick(KINDS),
        "",
        pilot,
        "",
        `Melding ${i + 1} over een pilot van uw gemeente`,
        i % 3 === 0 ? 0 : 1,
        at,
        at,
      ];
    },
  );
  return { interventions: names.length, linkedPilots };
}
