import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { createClient, type TypedPocketBase } from "../../src/data/client.ts";
import { grandTotal } from "../../src/domain/budget-totals.ts";
import { parseEuros } from "../../src/domain/money.ts";
import { isDemoSeeded, seedDemoNetwork, type SeedCounts } from "../../src/launcher/seed-demo.ts";
import { demoNetwork } from "../../src/launcher/demo/demo-network.ts";
import { demoPassword } from "../../src/launcher/demo/demo-types.ts";
import { admin, client, statusOf } from "./fixtures.ts";

/**
 * The demo network, loaded into the shared test PocketBase as platformbeheer. Other test files
 * create municipalities with random GM codes at the same time, and one of them may happen to take
 * a demo code first; then the seed finds that municipality by its CBS code and loads into it. So
 * every count here is of the demo's own records (its CBS codes, e-mail addresses and pilot titles),
 * and the municipalities that were already there before the seed are taken into account.
 */

const codes = demoNetwork.map((municipality) => municipality.cbs_code);
const emails = demoNetwork.flatMap((municipality) => municipality.users.map((user) => user.email));
const demoPilots = demoNetwork.flatMap((municipality) =>
  municipality.pilots.map((pilot) => ({ cbs_code: municipality.cbs_code, municipality: municipality.name, pilot })),
);

function euros(amount: string): number {
  if (amount.trim() === "") return 0;
  const cents = parseEuros(amount);
  if (cents === null) throw new Error(`not an amount in the demo file: "${amount}"`);
  return cents;
}

/** "a = {:p0} || a = {:p1} …" with its params, for a list of values. */
function anyOf(field: string, values: readonly string[], prefix: string): [string, Record<string, string>] {
  return [
    values.map((_, i) => `${field} = {:${prefix}${i}}`).join(" || "),
    Object.fromEntries(values.map((value, i) => [`${prefix}${i}`, value])),
  ];
}

/** The app's typed client with platformbeheer's session. */
async function superuserClient(): Promise<TypedPocketBase> {
  const signedIn = await admin();
  const pb = createClient(inject("pocketbaseUrl"));
  pb.authStore.save(signedIn.authStore.token, signedIn.authStore.record);
  return pb;
}

type DemoRecords = {
  municipalities: RecordModel[];
  users: RecordModel[];
  pilots: RecordModel[];
  hypotheses: number;
  budgetLines: number;
  risks: number;
};

/** Every record of the demo network that is stored, as platformbeheer sees it. */
async function demoRecords(): Promise<DemoRecords> {
  const pb = await admin();
  const [byCode, codeParams] = anyOf("cbs_code", codes, "c");
  const [byEmail, emailParams] = anyOf("email", emails, "e");
  const municipalities = await pb.collection("municipalities").getFullList({ filter: pb.filter(byCode, codeParams), sort: "cbs_code" });
  const users = await pb.collection("users").getFullList({ filter: pb.filter(byEmail, emailParams), sort: "email" });
  const pilots = (
    await Promise.all(
      demoPilots.map(({ cbs_code, pilot }) =>
        pb.collection("pilots").getFullList({
          filter: pb.filter("municipality.cbs_code = {:code} && title = {:title}", { code: cbs_code, title: pilot.title }),
        }),
      ),
    )
  )
    .flat()
    .sort((a, b) => a.id.localeCompare(b.id));
  const count = async (collection: string) => {
    if (pilots.length === 0) return 0;
    const [byPilot, pilotParams] = anyOf(
      "pilot",
      pilots.map((pilot) => pilot.id),
      "p",
    );
    return (await pb.collection(collection).getList(1, 1, { filter: pb.filter(byPilot, pilotParams) })).totalItems;
  };
  return {
    municipalities,
    users,
    pilots,
    hypotheses: await count("hypotheses"),
    budgetLines: await count("budget_lines"),
    risks: await count("risks"),
  };
}

/** A stable picture of what the seed stored, to compare before and after a second run. */
const fingerprint = (records: DemoRecords) => ({
  municipalities: records.municipalities.map((m) => [m.id, m.updated]),
  users: records.users.map((u) => [u.id, u.updated]),
  pilots: records.pilots.map((p) => [p.id, p.updated]),
  hypotheses: records.hypotheses,
  budgetLines: records.budgetLines,
  risks: records.risks,
});

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

describe("seeding the demo network", () => {
  let seededBefore: boolean;
  let seededAfter: boolean;
  let takenBefore: string[];
  let first: SeedCounts;
  let second: SeedCounts;
  let afterFirst: DemoRecords;
  let afterSecond: DemoRecords;

  beforeAll(async () => {
    const pb = await superuserClient();
    const guest = createClient(inject("pocketbaseUrl"));
    seededBefore = await isDemoSeeded(guest, demoNetwork);
    const before = await demoRecords();
    takenBefore = before.municipalities.map((m) => m.cbs_code);
    // A fresh PocketBase per run: nothing of the demo but, at most, a random fixture municipality on a demo code.
    expect(before.users).toEqual([]);
    expect(before.pilots).toEqual([]);

    first = await seedDemoNetwork(pb, demoNetwork);
    afterFirst = await demoRecords();
    second = await seedDemoNetwork(pb, demoNetwork);
    afterSecond = await demoRecords();
    seededAfter = await isDemoSeeded(guest, demoNetwork);
  }, 120_000);

  it("the demo file defines four municipalities, nine accounts and private pilots", () => {
    expect(codes).toEqual(["GM0599", "GM0363", "GM0824", "GM0193"]);
    expect(emails).toHaveLength(9);
    expect(demoPilots.filter(({ pilot }) => pilot.visibility === "private").length).toBeGreaterThanOrEqual(3);
  });

  it("isDemoSeeded is false before the seed and true after it", () => {
    expect(seededBefore).toBe(false);
    expect(seededAfter).toBe(true);
  });

  it("the first run creates every municipality, account and pilot of the demo file", () => {
    expect(first).toEqual({
      municipalities: codes.length - takenBefore.length,
      users: emails.length,
      pilots: demoPilots.length,
      lessons: sum(demoNetwork.map((m) => m.lessons?.length ?? 0)),
      comments: sum(demoNetwork.map((m) => m.comments?.length ?? 0)),
      adoptions: sum(demoNetwork.map((m) => m.adoptions?.length ?? 0)),
    });
    expect(afterFirst.municipalities.map((m) => m.cbs_code).sort()).toEqual([...codes].sort());
    expect(afterFirst.users.map((u) => u.email).sort()).toEqual([...emails].sort());
    expect(afterFirst.pilots).toHaveLength(demoPilots.length);
    expect(afterFirst.hypotheses).toBe(sum(demoPilots.map(({ pilot }) => pilot.hypotheses.length)));
    expect(afterFirst.budgetLines).toBe(sum(demoPilots.map(({ pilot }) => pilot.budget_lines.length)));
    expect(afterFirst.risks).toBe(sum(demoPilots.map(({ pilot }) => pilot.risks.length)));
  });

  it("stores each municipality as the demo file describes it", () => {
    for (const demo of demoNetwork) {
      if (takenBefore.includes(demo.cbs_code)) continue; // another test file's municipality holds this code
      const stored = afterFirst.municipalities.find((m) => m.cbs_code === demo.cbs_code);
      expect(stored, demo.cbs_code).toMatchObject({ name: demo.name, province: demo.province, inhabitants: demo.inhabitants });
    }
  });

  it("places every account in its own municipality with its role", () => {
    for (const demo of demoNetwork) {
      const municipality = afterFirst.municipalities.find((m) => m.cbs_code === demo.cbs_code);
      for (const user of demo.users) {
        const stored = afterFirst.users.find((u) => u.email === user.email);
        expect(stored, user.email).toMatchObject({ name: user.name, role: user.role, municipality: municipality?.id, verified: true });
      }
    }
  });

  it("gives every demo pilot and lesson a contact person of its own municipality, named on the record", async () => {
    const pb = await admin();
    const ids = afterFirst.municipalities.map((m) => m.id);
    const [byMunicipality, params] = anyOf("municipality", ids, "m");
    const lessons = await pb.collection("lessons").getFullList({ filter: pb.filter(byMunicipality, params) });
    expect(lessons.length).toBeGreaterThan(0);
    for (const record of [...afterFirst.pilots, ...lessons]) {
      const contact = afterFirst.users.find((user) => user.id === record.contact);
      expect(contact?.municipality, record.title).toBe(record.municipality);
      expect(record.contact_name, record.title).toBe(contact?.name);
    }
  });

  it("a second run adds nothing and changes nothing", () => {
    expect(second).toEqual({ municipalities: 0, users: 0, pilots: 0, lessons: 0, comments: 0, adoptions: 0 });
    expect(fingerprint(afterSecond)).toEqual(fingerprint(afterFirst));
  });

  it("a demo manager signs in with the demo password and sees the own private pilot, not another municipality's", async () => {
    const oisterwijk = demoNetwork.find((m) => m.cbs_code === "GM0824");
    const amsterdam = demoNetwork.find((m) => m.cbs_code === "GM0363");
    const manager = oisterwijk?.users.find((user) => user.role === "innovatiemanager");
    const ownPrivate = oisterwijk?.pilots.find((pilot) => pilot.visibility === "private");
    const otherPrivate = amsterdam?.pilots.find((pilot) => pilot.visibility === "private");
    if (!manager || !ownPrivate || !otherPrivate) throw new Error("the demo file lacks the Oisterwijk manager or a private pilot");
    const idOf = (cbs: string, title: string) => {
      const municipality = afterFirst.municipalities.find((m) => m.cbs_code === cbs);
      const pilot = afterFirst.pilots.find((p) => p.municipality === municipality?.id && p.title === title);
      if (!pilot) throw new Error(`demo pilot not stored: ${title}`);
      return pilot.id;
    };
    const ownId = idOf("GM0824", ownPrivate.title);
    const otherId = idOf("GM0363", otherPrivate.title);

    const pb = client();
    const auth = await pb.collection("users").authWithPassword(manager.email, demoPassword);

    expect(auth.record.email).toBe(manager.email);
    expect((await pb.collection("pilots").getOne(ownId)).title).toBe(ownPrivate.title);
    expect(await statusOf(pb.collection("pilots").getOne(otherId))).toBe(404);
    const listed = await pb.collection("pilots").getFullList({ filter: pb.filter("id = {:a} || id = {:b}", { a: ownId, b: otherId }) });
    expect(listed.map((pilot) => pilot.id)).toEqual([ownId]);
    // The wrong password is refused: the account is not open to anyone.
    expect(await statusOf(client().collection("users").authWithPassword(manager.email, `${demoPassword}-fout`))).toBe(400);
  });

  it.each(demoPilots.map(({ municipality, pilot }) => ({ municipality, title: pilot.title, pilot })))(
    "$municipality — $title: budget totals equal the demo amounts",
    async ({ pilot, title }) => {
      const stored = afterFirst.pilots.find((p) => p.title === title);
      if (!stored) throw new Error(`demo pilot not stored: ${title}`);
      const pb = await superuserClient();
      const lines = await pb.collection("budget_lines").getFullList({ filter: pb.filter("pilot = {:id}", { id: stored.id }) });

      expect(lines).toHaveLength(pilot.budget_lines.length);
      expect(grandTotal(lines)).toEqual({
        planned_cents: sum(pilot.budget_lines.map((line) => euros(line.planned_cents))),
        spent_cents: sum(pilot.budget_lines.map((line) => euros(line.spent_cents))),
      });
    },
  );

  it("keeps the stage-gate decision the demo file records", () => {
    const decided = demoPilots.filter(({ pilot }) => pilot.decision);
    expect(decided.length).toBeGreaterThan(0);
    for (const { pilot } of decided) {
      const stored = afterFirst.pilots.find((p) => p.title === pilot.title);
      expect(stored, pilot.title).toMatchObject({
        decision: pilot.decision,
        decision_rationale: pilot.decision_rationale ?? "",
        stop_reason: pilot.stop_reason ?? "",
        visibility: pilot.visibility,
        stage: pilot.stage,
      });
    }
  });
});

describe("the demo's decisions", () => {
  it("each decided demo pilot has one decision in its history, taken by its municipality's directeur after a lesson", async () => {
    const pb = await superuserClient();
    const decided = demoNetwork.flatMap((m) => m.pilots.filter((p) => p.decision).map((pilot) => ({ municipality: m, pilot })));
    expect(decided.length).toBeGreaterThan(0);
    for (const { municipality, pilot } of decided) {
      const stored = await pb.collection("pilots").getFirstListItem(pb.filter("title = {:t}", { t: pilot.title }));
      const history = await pb.collection("decisions").getFullList({ filter: pb.filter("pilot = {:p}", { p: stored.id }) });
      const director = municipality.users.find((user) => user.role === "directeur");
      const lessons = await pb.collection("lessons").getList(1, 1, { filter: pb.filter("pilot = {:p}", { p: stored.id }) });
      expect(
        history.map((d) => ({ decision: d.decision, by: d.decided_by_name })),
        pilot.title,
      ).toEqual([{ decision: pilot.decision, by: director?.name }]);
      expect(lessons.totalItems, pilot.title).toBeGreaterThan(0);
    }
  });
});

describe("the demo's evidence ladder", () => {
  it("earns every rung from the records: Zwolle replicated by Oisterwijk, Feijenoord compared, plans on none", async () => {
    const pb = await superuserClient();
    const levels = Object.fromEntries(
      (await pb.collection("pilots").getFullList({ fields: "title,evidence_level" })).map((p) => [p.title, p.evidence_level]),
    );
    const vroegsignalering = "Vroegsignalering betalingsachterstanden: van brief naar voordeur";
    expect({
      zwolle: levels[vroegsignalering],
      oisterwijk: levels[`${vroegsignalering} (overgenomen)`],
      feijenoord: levels["Integrale wijkteams Feijenoord: één huishouden, één plan"],
      delfshaven: levels["Doorbraakbudget voor de wijkteams in Delfshaven"],
    }).toEqual({
      zwolle: "sterke_aanwijzingen",
      oisterwijk: "eerste_aanwijzingen",
      feijenoord: "goede_aanwijzingen",
      delfshaven: "goed_onderbouwd",
    });
    for (const { pilot } of demoPilots.filter(({ pilot }) => pilot.stage === "idee" || pilot.stage === "ontwerp")) {
      expect(levels[pilot.title], pilot.title).toBe("");
    }
    expect(demoPilots.some(({ pilot }) => levels[pilot.title] === "goed_beschreven")).toBe(true);
  });
});
