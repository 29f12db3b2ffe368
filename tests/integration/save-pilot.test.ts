import type PocketBase from "pocketbase";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { createClient, type TypedPocketBase } from "../../src/data/client.ts";
import { getPilotWithRows, listPilots, PILOTS_PER_PAGE, savePilot, type SaveResult } from "../../src/data/pilots.ts";
import type { PilotFilters } from "../../src/domain/pilot-filters.ts";
import {
  emptyHypothesis,
  PilotFormSchema,
  type PilotForm,
  type PilotFormInput,
} from "../../src/domain/pilot.ts";
import { admin, countAsAdmin, createTenant, hypothesisData, pilotData, statusOf, type Tenant } from "./fixtures.ts";

/**
 * savePilot, getPilotWithRows and listPilots against the real PocketBase, each with the SDK client
 * of the person who would use them: the batch is all-or-nothing, the rules decide who writes, and
 * the filters of the pilot overview return exactly what the viewer may see.
 */

const url = () => inject("pocketbaseUrl");

/** The app's own typed client carrying the session of a fixture's signed-in client. */
function appClient(signedIn?: PocketBase): TypedPocketBase {
  const pb = createClient(url());
  if (signedIn) pb.authStore.save(signedIn.authStore.token, signedIn.authStore.record);
  return pb;
}

/** A word no other test uses, to find exactly this test's pilots with the search box. */
const uniqueWord = () => `zoekwoord${Math.random().toString(36).slice(2, 10)}`;

function at<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`no item at ${index} (length ${list.length})`);
  return item;
}

function findBy<T>(list: readonly T[], predicate: (item: T) => boolean, what: string): T {
  const item = list.find(predicate);
  if (item === undefined) throw new Error(`not found: ${what}`);
  return item;
}

const statementA =
  "Als wij binnen vijf werkdagen op huisbezoek gaan bij gezinnen met een huurachterstand, dan verwachten wij dat meer gezinnen hulp accepteren.";
const statementB =
  "Als wij budgetcoaching aanbieden aan gezinnen met een betalingsachterstand, dan verwachten wij dat minder gezinnen een problematische schuld krijgen.";

/** A realistic pilot form as a manager types it: two hypotheses, two budget lines, one risk, one partner. */
function pilotInput(overrides: Partial<PilotFormInput> = {}): PilotFormInput {
  return {
    title: `Budgetcoaching aan de keukentafel ${uniqueWord()}`,
    summary: "Budgetcoaches bezoeken gezinnen met een betalingsachterstand thuis en maken samen een plan.",
    problem:
      "Gezinnen met beginnende betalingsachterstanden melden zich pas bij de gemeente als de schulden al hoog zijn opgelopen.",
    target_group: "Gezinnen met kinderen en een betalingsachterstand van minder dan drie maanden",
    domain: "schuldhulp",
    principles: ["preventie", "maatwerk"],
    stage: "uitvoering",
    visibility: "private",
    start_date: "2026-01-05",
    end_date: "2026-12-18",
    tags: "schulden, Vroegsignalering, gezinnen",
    partners: [{ name: "Woningcorporatie Thuis", role: "Meldt huurachterstanden binnen een week" }],
    hypotheses: [
      {
        statement: statementA,
        indicator: "Percentage gezinnen dat hulp accepteert",
        unit: "%",
        direction: "omhoog",
        baseline: "35",
        target: "60",
        measure_by: "2026-12-31",
      },
      {
        statement: statementB,
        indicator: "Gezinnen met een problematische schuld na een jaar",
        unit: "gezinnen",
        direction: "omlaag",
        baseline: "42,5",
        target: "30",
        measure_by: "",
      },
    ],
    budget_lines: [
      { source: "gemeente", year: "2026", planned_cents: "500.000", spent_cents: "", reporting_deadline: "" },
      { source: "rijk", year: "2026", planned_cents: "1.250,50", spent_cents: "250", reporting_deadline: "2027-03-01" },
    ],
    risks: [
      {
        title: "Gezinnen laten de budgetcoach niet binnen",
        category: "draagvlak",
        likelihood: "3",
        impact: "4",
        mitigation: "Eerst een brief, dan samen met de corporatie aanbellen.",
        owner: "Teamleider schuldhulp",
        status: "open",
      },
    ],
    ...overrides,
  };
}

type Created = { id: string; input: PilotFormInput; form: PilotForm };

/** Saves a fresh pilot as the given writer, through the same schema the form uses. */
async function createPilot(tenant: Tenant, overrides: Partial<PilotFormInput> = {}, writer?: PocketBase): Promise<Created> {
  const input = pilotInput(overrides);
  const form = PilotFormSchema.parse(input);
  const result = await savePilot(appClient(writer ?? tenant.as.manager), { municipality: tenant.municipality.id, form });
  if (!result.ok) throw new Error(`setup: pilot not saved: ${result.message} ${JSON.stringify(result.fieldErrors)}`);
  return { id: result.id, input, form };
}

/** Everything stored for a pilot, as platformbeheer sees it, in a stable order. */
async function storedState(pilotId: string) {
  const pb = await admin();
  const filter = pb.filter("pilot = {:pilotId}", { pilotId });
  const [pilot, hypotheses, budgetLines, risks] = await Promise.all([
    pb.collection("pilots").getOne(pilotId),
    pb.collection("hypotheses").getFullList({ filter, sort: "id" }),
    pb.collection("budget_lines").getFullList({ filter, sort: "id" }),
    pb.collection("risks").getFullList({ filter, sort: "id" }),
  ]);
  return { pilot, hypotheses, budgetLines, risks };
}

const auditCount = (municipalityId: string) => countAsAdmin("audit_log", "municipality = {:m}", { m: municipalityId });

function expectFailure(result: SaveResult): Extract<SaveResult, { ok: false }> {
  if (result.ok) throw new Error(`expected the save to be refused, but it stored pilot ${result.id}`);
  return result;
}

describe("savePilot creates a pilot with its rows", () => {
  let tenant: Tenant;
  beforeAll(async () => {
    tenant = await createTenant();
  });

  it("stores the pilot, its two hypotheses, two budget lines and one risk for the manager's municipality", async () => {
    const input = pilotInput();
    const form = PilotFormSchema.parse(input);
    const pb = appClient(tenant.as.manager);

    const result = await savePilot(pb, { municipality: tenant.municipality.id, form });

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.id).toMatch(/^[a-z0-9]{15}$/);

    const { pilot, hypotheses, budgetLines, risks } = await getPilotWithRows(pb, result.id);
    expect(pilot.id).toBe(result.id);
    expect(pilot.municipality).toBe(tenant.municipality.id);
    expect(pilot.expand?.municipality?.name).toBe(tenant.municipality.name);
    expect(pilot.title).toBe(input.title);
    expect(pilot.domain).toBe("schuldhulp");
    expect(pilot.stage).toBe("uitvoering");
    expect(pilot.visibility).toBe("private");
    expect([...pilot.principles].sort()).toEqual(["maatwerk", "preventie"]);
    expect(pilot.tags).toEqual(["schulden", "vroegsignalering", "gezinnen"]);
    expect(pilot.partners).toEqual([{ name: "Woningcorporatie Thuis", role: "Meldt huurachterstanden binnen een week" }]);
    expect(pilot.start_date.slice(0, 10)).toBe("2026-01-05");
    expect(pilot.end_date.slice(0, 10)).toBe("2026-12-18");

    expect(hypotheses).toHaveLength(2);
    const a = findBy(hypotheses, (h) => h.statement === statementA, "hypothesis A");
    const b = findBy(hypotheses, (h) => h.statement === statementB, "hypothesis B");
    expect(a).toMatchObject({ pilot: result.id, indicator: "Percentage gezinnen dat hulp accepteert", unit: "%", direction: "omhoog", baseline: 35, target: 60 });
    expect(a.measure_by.slice(0, 10)).toBe("2026-12-31");
    expect(b).toMatchObject({ pilot: result.id, unit: "gezinnen", direction: "omlaag", baseline: 42.5, target: 30, measure_by: "" });

    expect(budgetLines).toHaveLength(2);
    const lines = budgetLines.map(({ pilot: owner, source, year, planned_cents, spent_cents }) => ({ owner, source, year, planned_cents, spent_cents }));
    expect(lines.sort((x, y) => x.planned_cents - y.planned_cents)).toEqual([
      { owner: result.id, source: "rijk", year: 2026, planned_cents: 125_050, spent_cents: 25_000 },
      { owner: result.id, source: "gemeente", year: 2026, planned_cents: 50_000_000, spent_cents: 0 },
    ]);
    const rijk = findBy(budgetLines, (line) => line.source === "rijk", "rijk line");
    expect(rijk.reporting_deadline.slice(0, 10)).toBe("2027-03-01");

    expect(risks).toHaveLength(1);
    expect(at(risks, 0)).toMatchObject({
      pilot: result.id,
      title: "Gezinnen laten de budgetcoach niet binnen",
      category: "draagvlak",
      likelihood: 3,
      impact: 4,
      owner: "Teamleider schuldhulp",
      status: "open",
    });

    // Nothing more than the form held, as platformbeheer counts it.
    expect(await countAsAdmin("hypotheses", "pilot = {:p}", { p: result.id })).toBe(2);
    expect(await countAsAdmin("budget_lines", "pilot = {:p}", { p: result.id })).toBe(2);
    expect(await countAsAdmin("risks", "pilot = {:p}", { p: result.id })).toBe(1);
  });
});

describe("savePilot updates a pilot and its rows", () => {
  let tenant: Tenant;
  beforeAll(async () => {
    tenant = await createTenant();
  });

  it("updates kept rows in place, deletes rows left out of the form and creates new ones", async () => {
    const created = await createPilot(tenant);
    const pb = appClient(tenant.as.manager);
    const before = await getPilotWithRows(pb, created.id);
    const hypothesisA = findBy(before.hypotheses, (h) => h.statement === statementA, "hypothesis A");
    const hypothesisB = findBy(before.hypotheses, (h) => h.statement === statementB, "hypothesis B");
    const municipalLine = findBy(before.budgetLines, (line) => line.source === "gemeente", "gemeente line");
    const rijkLine = findBy(before.budgetLines, (line) => line.source === "rijk", "rijk line");
    const risk = at(before.risks, 0);

    const changedStatement = `${statementA.slice(0, -1)}, ook na de zomer.`;
    const newStatement =
      "Als wij ouders een vaste contactpersoon bij de gemeente geven, dan verwachten wij dat zij eerder om hulp vragen.";
    const [inputA, inputB] = [at(created.input.hypotheses, 0), at(created.input.hypotheses, 1)];
    const [inputMunicipal, inputRijk] = [at(created.input.budget_lines, 0), at(created.input.budget_lines, 1)];
    const form = PilotFormSchema.parse({
      ...created.input,
      title: `${created.input.title} (bijgesteld)`,
      hypotheses: [
        { ...inputA, id: hypothesisA.id, statement: changedStatement, target: "65" },
        { ...emptyHypothesis(), statement: newStatement, indicator: "Weken tot de eerste hulpvraag", unit: "weken", direction: "omlaag", baseline: "12", target: "6" },
      ],
      budget_lines: [
        { ...inputMunicipal, id: municipalLine.id, planned_cents: "600.000" },
        { ...inputRijk, id: rijkLine.id },
      ],
      risks: [],
    } satisfies PilotFormInput);
    expect(inputB.statement).toBe(statementB);

    const result = await savePilot(pb, { id: created.id, municipality: tenant.municipality.id, form });
    expect(result).toMatchObject({ ok: true, id: created.id });

    const after = await storedState(created.id);
    expect(after.pilot.title).toBe(`${created.input.title} (bijgesteld)`);

    expect(after.hypotheses).toHaveLength(2);
    const keptA = findBy(after.hypotheses, (h) => h.id === hypothesisA.id, "kept hypothesis A");
    expect(keptA.statement).toBe(changedStatement);
    expect(keptA.target).toBe(65);
    expect(keptA.baseline).toBe(35);
    const added = findBy(after.hypotheses, (h) => h.id !== hypothesisA.id, "new hypothesis");
    expect(added.id).not.toBe(hypothesisB.id);
    expect(added.id).toMatch(/^[a-z0-9]{15}$/);
    expect(added).toMatchObject({ pilot: created.id, statement: newStatement, unit: "weken", direction: "omlaag", baseline: 12, target: 6 });
    expect(await statusOf((await admin()).collection("hypotheses").getOne(hypothesisB.id))).toBe(404);

    expect(after.budgetLines.map((line) => line.id).sort()).toEqual([municipalLine.id, rijkLine.id].sort());
    expect(findBy(after.budgetLines, (line) => line.id === municipalLine.id, "gemeente line").planned_cents).toBe(60_000_000);
    expect(findBy(after.budgetLines, (line) => line.id === rijkLine.id, "rijk line")).toMatchObject({ planned_cents: 125_050, spent_cents: 25_000 });

    expect(after.risks).toEqual([]);
    expect(await statusOf((await admin()).collection("risks").getOne(risk.id))).toBe(404);
  });
  it("does not take over a row of another pilot whose id is posted with the form", async () => {
    const [mine, theirs] = [await createPilot(tenant), await createPilot(tenant)];
    const theirsBefore = await storedState(theirs.id);
    const theirHypothesis = findBy(theirsBefore.hypotheses, (h) => h.statement === statementA, "their hypothesis A");
    const taken = "Als wij deze hypothese van een andere pilot overnemen, dan verwachten wij dat die pilot ongemoeid blijft.";
    const form = PilotFormSchema.parse({
      ...mine.input,
      hypotheses: [{ ...at(mine.input.hypotheses, 0), id: theirHypothesis.id, statement: taken }],
    } satisfies PilotFormInput);

    const result = await savePilot(appClient(tenant.as.manager), { id: mine.id, municipality: tenant.municipality.id, form });

    expect(result).toMatchObject({ ok: true, id: mine.id });
    expect(await storedState(theirs.id)).toEqual(theirsBefore);
    const after = await storedState(mine.id);
    expect(after.hypotheses).toHaveLength(1);
    expect(at(after.hypotheses, 0).statement).toBe(taken);
    expect(at(after.hypotheses, 0).id).not.toBe(theirHypothesis.id);
  });
});

describe("savePilot is all or nothing", () => {
  let tenant: Tenant;
  beforeAll(async () => {
    tenant = await createTenant();
  });

  it.each(["an existing risk", "a new risk"])(
    "a refused likelihood on %s stores nothing of the save and names the field in Dutch",
    async (which) => {
      const created = await createPilot(tenant);
      const pb = appClient(tenant.as.manager);
      const before = await storedState(created.id);
      const auditBefore = await auditCount(tenant.municipality.id);
      const hypothesisA = findBy(before.hypotheses, (h) => h.statement === statementA, "hypothesis A");
      const storedRisk = at(before.risks, 0);

      // Passes the schema first (a valid form), then is bent past it: PocketBase is the last guard.
      const parsed = PilotFormSchema.parse({
        ...created.input,
        title: `${created.input.title} (mag niet landen)`,
        hypotheses: [{ ...at(created.input.hypotheses, 0), id: hypothesisA.id, statement: `${statementA} Gewijzigd.` }],
        budget_lines: [{ ...at(created.input.budget_lines, 0), planned_cents: "999.999" }],
      } satisfies PilotFormInput);
      const risk = at(parsed.risks, 0);
      const form = {
        ...parsed,
        risks: [{ ...risk, id: which === "an existing risk" ? storedRisk.id : undefined, likelihood: 9 }],
      } as PilotForm;

      const failure = expectFailure(await savePilot(pb, { id: created.id, municipality: tenant.municipality.id, form }));

      expect(failure.retryable).toBe(false);
      expect(failure.message).toBe("De pilot is niet opgeslagen: controleer de gemarkeerde velden.");
      expect(failure.fieldErrors).toEqual({ "risks.0.likelihood": "De waarde mag niet groter zijn dan 5." });

      const after = await storedState(created.id);
      expect(after).toEqual(before);
      expect(after.pilot.title).toBe(created.input.title);
      expect(after.hypotheses).toHaveLength(2);
      expect(after.budgetLines).toHaveLength(2);
      expect(after.risks.map((r) => [r.id, r.likelihood])).toEqual([[storedRisk.id, 3]]);
      // Not even the audit log remembers the refused save.
      expect(await auditCount(tenant.municipality.id)).toBe(auditBefore);
    },
  );
});

describe("savePilot names the refused field of any row", () => {
  let tenant: Tenant;
  beforeAll(async () => {
    tenant = await createTenant();
  });

  it("a pilot field: the path is the field's own name", async () => {
    const created = await createPilot(tenant);
    const before = await storedState(created.id);
    const form = { ...PilotFormSchema.parse(created.input), title: "x".repeat(201) } as PilotForm;

    const failure = expectFailure(await savePilot(appClient(tenant.as.manager), { id: created.id, municipality: tenant.municipality.id, form }));

    expect(failure.fieldErrors).toEqual({ title: "Maximaal 200 tekens." });
    expect(await storedState(created.id)).toEqual(before);
  });

  it("a budget line after deleted hypotheses: the path counts form rows, not requests", async () => {
    const created = await createPilot(tenant);
    const before = await storedState(created.id);
    const parsed = PilotFormSchema.parse({ ...created.input, hypotheses: [] } satisfies PilotFormInput);
    const form = {
      ...parsed,
      budget_lines: [at(parsed.budget_lines, 0), { ...at(parsed.budget_lines, 1), planned_cents: -5 }],
    } as PilotForm;

    const failure = expectFailure(await savePilot(appClient(tenant.as.manager), { id: created.id, municipality: tenant.municipality.id, form }));

    expect(failure.fieldErrors).toEqual({ "budget_lines.1.planned_cents": "De waarde mag niet kleiner zijn dan 0." });
    expect(await storedState(created.id)).toEqual(before);
  });
});

describe("savePilot follows the write rules", () => {
  let own: Tenant;
  let other: Tenant;
  beforeAll(async () => {
    [own, other] = await Promise.all([createTenant(), createTenant()]);
  });

  const cases = [
    { who: "a manager of another municipality", visibility: "private" },
    { who: "a manager of another municipality", visibility: "network" },
    { who: "a collega of the own municipality", visibility: "private" },
    { who: "a guest", visibility: "public" },
  ] as const;

  it("a manager cannot create a pilot for another municipality", async () => {
    const title = `Namens een ander ${uniqueWord()}`;
    const form = PilotFormSchema.parse(pilotInput({ title }));

    const failure = expectFailure(await savePilot(appClient(own.as.manager), { municipality: other.municipality.id, form }));

    expect(failure.retryable).toBe(false);
    expect(await countAsAdmin("pilots", "title = {:title}", { title })).toBe(0);
    expect(await countAsAdmin("hypotheses", "statement = {:s} && pilot.municipality = {:m}", { s: statementA, m: other.municipality.id })).toBe(0);
  });

  it.each(cases)("$who cannot change a $visibility pilot or its rows", async ({ who, visibility }) => {
    const created = await createPilot(own, { visibility });
    const before = await storedState(created.id);
    const auditBefore = await auditCount(own.municipality.id);
    const [caller, municipality] =
      who === "a manager of another municipality"
        ? [appClient(other.as.manager), other.municipality.id]
        : who === "a collega of the own municipality"
          ? [appClient(own.as.colleague), own.municipality.id]
          : [appClient(), own.municipality.id];

    // The form leaves out every row: had it gone through, all stored rows would be deleted.
    const form = PilotFormSchema.parse({
      ...created.input,
      title: "Overgenomen door iemand anders",
      visibility: "public",
      hypotheses: [],
      budget_lines: [],
      risks: [],
    } satisfies PilotFormInput);

    const failure = expectFailure(await savePilot(caller, { id: created.id, municipality, form }));

    expect(failure.retryable).toBe(false);
    expect(failure.message).not.toBe("");
    const after = await storedState(created.id);
    expect(after).toEqual(before);
    expect(after.pilot.municipality).toBe(own.municipality.id);
    expect(after.pilot.title).toBe(created.input.title);
    expect([after.hypotheses.length, after.budgetLines.length, after.risks.length]).toEqual([2, 2, 1]);
    expect(await auditCount(own.municipality.id)).toBe(auditBefore);
  });
});

describe("savePilot says why an update of a pilot it may not change was refused", () => {
  // toSaveFailure's message for a 404: what a refused update of a pilot (gone, or not the user's) should say.
  const notFound = "Deze pilot bestaat niet (meer) of u mag hem niet wijzigen. Er is niets opgeslagen.";
  let own: Tenant;
  let other: Tenant;
  beforeAll(async () => {
    [own, other] = await Promise.all([createTenant(), createTenant()]);
  });

  it("the pilot was deleted by a colleague after the form was opened", async () => {
    const created = await createPilot(own);
    await own.as.director.collection("pilots").delete(created.id);
    const form = PilotFormSchema.parse({ ...created.input, title: `${created.input.title} (te laat)` } satisfies PilotFormInput);

    const failure = expectFailure(await savePilot(appClient(own.as.manager), { id: created.id, municipality: own.municipality.id, form }));

    expect(await countAsAdmin("pilots", "id = {:id}", { id: created.id })).toBe(0);
    expect(failure.retryable).toBe(false);
    expect(failure.message).toBe(notFound);
  });

  it("the pilot belongs to another municipality", async () => {
    const created = await createPilot(own, { visibility: "network" });
    const form = PilotFormSchema.parse({ ...created.input, title: "Van een ander" } satisfies PilotFormInput);

    const failure = expectFailure(await savePilot(appClient(other.as.manager), { id: created.id, municipality: other.municipality.id, form }));

    expect((await storedState(created.id)).pilot.title).toBe(created.input.title);
    expect(failure.message).toBe(notFound);
  });
});

describe("a pilot holds at most 30 hypotheses", () => {
  let tenant: Tenant;
  beforeAll(async () => {
    tenant = await createTenant();
  });

  const hypothesesInput = (count: number, offset = 0) =>
    Array.from({ length: count }, (_, i) => ({
      ...emptyHypothesis(),
      statement: `Als wij aanpak ${i + offset} inzetten voor gezinnen, dan verwachten wij meer hulpacceptatie.`,
      indicator: `Indicator ${i + offset}`,
      baseline: "10",
      target: "20",
    }));

  it("refuses a 31st hypothesis created directly by the pilot's own manager", async () => {
    const created = await createPilot(tenant, { hypotheses: hypothesesInput(30) });
    expect(await countAsAdmin("hypotheses", "pilot = {:p}", { p: created.id })).toBe(30);

    const status = await statusOf(tenant.as.manager.collection("hypotheses").create(hypothesisData(created.id)));

    expect(status).toBe(400);
    expect(await countAsAdmin("hypotheses", "pilot = {:p}", { p: created.id })).toBe(30);
  });

  it("refuses an update that brings a pilot to 31 hypotheses, as a whole", async () => {
    const created = await createPilot(tenant, { hypotheses: hypothesesInput(30) });
    const before = await storedState(created.id);
    const byStatement = new Map(before.hypotheses.map((h) => [h.statement, h.id]));
    const existing = hypothesesInput(30).map((h) => ({ ...h, id: byStatement.get(h.statement) }));
    expect(existing.every((h) => typeof h.id === "string")).toBe(true);
    const parsed = PilotFormSchema.parse({ ...created.input, title: `${created.input.title} (31)`, hypotheses: existing } satisfies PilotFormInput);
    const extra = at(PilotFormSchema.parse({ ...created.input, hypotheses: hypothesesInput(1, 30) }).hypotheses, 0);
    const form = { ...parsed, hypotheses: [...parsed.hypotheses, extra] } as PilotForm;

    const failure = expectFailure(await savePilot(appClient(tenant.as.manager), { id: created.id, municipality: tenant.municipality.id, form }));

    expect(failure.retryable).toBe(false);
    const after = await storedState(created.id);
    expect(after).toEqual(before);
    expect(after.hypotheses).toHaveLength(30);
    expect(after.pilot.title).toBe(created.input.title);
  });

  it("refuses a new pilot with 31 hypotheses, as a whole: not even the pilot is stored", async () => {
    const title = `Te veel hypothesen ${uniqueWord()}`;
    const parsed = PilotFormSchema.parse(pilotInput({ title, hypotheses: hypothesesInput(30) }));
    const extra = at(PilotFormSchema.parse(pilotInput({ hypotheses: hypothesesInput(1, 30) })).hypotheses, 0);
    const form = { ...parsed, hypotheses: [...parsed.hypotheses, extra] } as PilotForm;
    expect(form.hypotheses).toHaveLength(31);

    const failure = expectFailure(await savePilot(appClient(tenant.as.manager), { municipality: tenant.municipality.id, form }));

    expect(failure.retryable).toBe(false);
    expect(await countAsAdmin("pilots", "title = {:title}", { title })).toBe(0);
    expect(await countAsAdmin("hypotheses", "pilot.title = {:title}", { title })).toBe(0);
  });
});

describe("listPilots returns exactly what the viewer may see, filtered", () => {
  let own: Tenant;
  let other: Tenant;
  const word = uniqueWord();
  const ids = {} as Record<
    "ownPrivate" | "ownNetwork" | "ownPublic" | "otherPrivate" | "otherNetwork" | "otherPublic",
    string
  >;

  beforeAll(async () => {
    [own, other] = await Promise.all([createTenant(), createTenant()]);
    const make = async (tenant: Tenant, name: string, input: Partial<PilotFormInput>) =>
      (await createPilot(tenant, { title: `${name} ${word}`, ...input })).id;
    ids.ownPrivate = await make(own, "Eigen besloten", { visibility: "private", domain: "wmo", stage: "idee" });
    ids.ownNetwork = await make(own, "Eigen netwerk", { visibility: "network", domain: "jeugd", stage: "uitvoering" });
    ids.ownPublic = await make(own, "Eigen openbaar", { visibility: "public", domain: "wmo", stage: "evaluatie" });
    ids.otherPrivate = await make(other, "Ander besloten", { visibility: "private", domain: "wmo", stage: "idee" });
    ids.otherNetwork = await make(other, "Ander netwerk", { visibility: "network", domain: "wmo", stage: "uitvoering" });
    ids.otherPublic = await make(other, "Ander openbaar", { visibility: "public", domain: "jeugd", stage: "idee" });
  });

  type Viewer = "guest" | "ownManager" | "otherManager";
  const viewer = (who: Viewer) => (who === "guest" ? appClient() : appClient(who === "ownManager" ? own.as.manager : other.as.manager));
  const filters = (more: Partial<PilotFilters> = {}): PilotFilters => ({ q: word, page: 1, ...more });

  const cases: Array<{ name: string; who: Viewer; more: () => Partial<PilotFilters>; expected: Array<keyof typeof ids> }> = [
    { name: "guest, q", who: "guest", more: () => ({}), expected: ["ownPublic", "otherPublic"] },
    { name: "own manager, q", who: "ownManager", more: () => ({}), expected: ["ownPrivate", "ownNetwork", "ownPublic", "otherNetwork", "otherPublic"] },
    { name: "own manager, q in capitals", who: "ownManager", more: () => ({ q: word.toUpperCase() }), expected: ["ownPrivate", "ownNetwork", "ownPublic", "otherNetwork", "otherPublic"] },
    { name: "outsider, q", who: "otherManager", more: () => ({}), expected: ["otherPrivate", "otherNetwork", "otherPublic", "ownNetwork", "ownPublic"] },
    { name: "own manager, q + domain wmo", who: "ownManager", more: () => ({ domain: "wmo" }), expected: ["ownPrivate", "ownPublic", "otherNetwork"] },
    { name: "own manager, q + stage idee", who: "ownManager", more: () => ({ stage: "idee" }), expected: ["ownPrivate", "otherPublic"] },
    { name: "own manager, q + domain wmo + stage uitvoering", who: "ownManager", more: () => ({ domain: "wmo", stage: "uitvoering" }), expected: ["otherNetwork"] },
    { name: "own manager, q + visibility private", who: "ownManager", more: () => ({ visibility: "private" }), expected: ["ownPrivate"] },
    { name: "outsider, q + visibility private", who: "otherManager", more: () => ({ visibility: "private" }), expected: ["otherPrivate"] },
    { name: "guest, q + visibility private", who: "guest", more: () => ({ visibility: "private" }), expected: [] },
    { name: "guest, q + visibility network", who: "guest", more: () => ({ visibility: "network" }), expected: [] },
    { name: "own manager, q + the other municipality", who: "ownManager", more: () => ({ municipality: other.municipality.id }), expected: ["otherNetwork", "otherPublic"] },
    { name: "outsider, q + the own municipality", who: "otherManager", more: () => ({ municipality: own.municipality.id }), expected: ["ownNetwork", "ownPublic"] },
    { name: "guest, the own municipality without q", who: "guest", more: () => ({ q: "", municipality: own.municipality.id }), expected: ["ownPublic"] },
    { name: "own manager, the own municipality without q", who: "ownManager", more: () => ({ q: "", municipality: own.municipality.id }), expected: ["ownPrivate", "ownNetwork", "ownPublic"] },
  ];

  it.each(cases)("$name", async ({ who, more, expected }) => {
    const page = await listPilots(viewer(who), filters(more()));
    const expectedIds = expected.map((key) => ids[key]).sort();
    expect(page.items.map((item) => item.id).sort()).toEqual(expectedIds);
    expect(page.totalItems).toBe(expected.length);
    expect(page.page).toBe(1);
  });

  it("names each pilot's municipality", async () => {
    const page = await listPilots(viewer("guest"), filters());
    const names = Object.fromEntries(page.items.map((item) => [item.id, item.expand?.municipality?.name]));
    expect(names).toEqual({ [ids.ownPublic]: own.municipality.name, [ids.otherPublic]: other.municipality.name });
  });

  it("pages through more pilots than fit on one page", async () => {
    const tenant = await createTenant();
    const pageWord = uniqueWord();
    const created = await Promise.all(
      Array.from({ length: PILOTS_PER_PAGE + 2 }, (_, i) =>
        tenant.as.manager.collection("pilots").create(pilotData(tenant.municipality.id, { title: `Pagina ${i} ${pageWord}` })),
      ),
    );
    const pb = appClient(tenant.as.manager);

    const first = await listPilots(pb, { q: pageWord, page: 1 });
    const second = await listPilots(pb, { q: pageWord, page: 2 });

    expect(first.items).toHaveLength(PILOTS_PER_PAGE);
    expect(second.items).toHaveLength(2);
    expect([first.totalItems, first.totalPages, second.page, second.totalPages]).toEqual([PILOTS_PER_PAGE + 2, 2, 2, 2]);
    const listed = [...first.items, ...second.items].map((item) => item.id);
    expect(new Set(listed).size).toBe(PILOTS_PER_PAGE + 2);
    expect(listed.sort()).toEqual(created.map((pilot) => pilot.id).sort());
  });
});

describe("listPilots takes the search text literally", () => {
  const injection = '") || visibility != "';
  let own: Tenant;
  let other: Tenant;
  let hiddenId: string;

  beforeAll(async () => {
    [own, other] = await Promise.all([createTenant(), createTenant()]);
    hiddenId = (await createPilot(own, { title: `Zoekproef ${uniqueWord()} ${injection} einde`, visibility: "private" })).id;
    // A private pilot of the searcher's own municipality does not match, so an empty answer is not a coincidence of the filter.
    await createPilot(other, { visibility: "private" });
  });

  it.each(["guest", "otherManager"] as const)("%s gets no private pilot of another municipality from filter syntax in q", async (who) => {
    const pb = who === "guest" ? appClient() : appClient(other.as.manager);

    const page = await listPilots(pb, { q: injection, page: 1 });

    expect(page.items.map((item) => item.id)).not.toContain(hiddenId);
    const foreignPrivate = page.items.filter(
      (item) => item.visibility === "private" && (who === "guest" || item.municipality !== other.municipality.id),
    );
    expect(foreignPrivate).toEqual([]);
    expect((await listPilots(pb, { q: injection, municipality: own.municipality.id, page: 1 })).items).toEqual([]);
  });

  it("the own manager finds the pilot whose title holds that text, and only that one", async () => {
    const page = await listPilots(appClient(own.as.manager), { q: injection, municipality: own.municipality.id, page: 1 });
    expect(page.items.map((item) => item.id)).toEqual([hiddenId]);
  });
});

describe("savePilot when PocketBase cannot be reached", () => {
  const unreachable = () => createClient("http://127.0.0.1:1");

  it.each([
    { name: "a new pilot", id: undefined },
    { name: "an update", id: "abcdefghij12345" },
  ])("$name: nothing saved, worth trying again, and says so in Dutch", async ({ id }) => {
    const form = PilotFormSchema.parse(pilotInput());

    const failure = expectFailure(await savePilot(unreachable(), { id, municipality: "abcdefghij12345", form }));

    expect(failure.retryable).toBe(true);
    expect(failure.message).toContain("niet bereikbaar");
    expect(failure.fieldErrors).toEqual({});
  });
});
