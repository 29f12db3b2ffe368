import type PocketBase from "pocketbase";
import { savePilot, type SaveResult } from "../../src/data/pilots.ts";
import { PilotFormSchema, type PilotForm, type PilotFormInput } from "../../src/domain/pilot.ts";
import { admin, appClientOf, countAsAdmin, type Tenant } from "./fixtures.ts";

/**
 * What the tests of savePilot and listPilots share: a realistic pilot form, saving it as a writer
 * of a tenant, and reading back everything stored for a pilot.
 */

/** A word no other test uses, to find exactly this test's pilots with the search box. */
export const uniqueWord = () => `zoekwoord${Math.random().toString(36).slice(2, 10)}`;

export function at<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`no item at ${index} (length ${list.length})`);
  return item;
}

export function findBy<T>(list: readonly T[], predicate: (item: T) => boolean, what: string): T {
  const item = list.find(predicate);
  if (item === undefined) throw new Error(`not found: ${what}`);
  return item;
}

export const statementA =
  "Als wij binnen vijf werkdagen op huisbezoek gaan bij gezinnen met een huurachterstand, dan verwachten wij dat meer gezinnen hulp accepteren.";
export const statementB =
  "Als wij budgetcoaching aanbieden aan gezinnen met een betalingsachterstand, dan verwachten wij dat minder gezinnen een problematische schuld krijgen.";

/** A realistic pilot form as a manager types it: two hypotheses, two budget lines, one risk, one partner. */
export function pilotInput(overrides: Partial<PilotFormInput> = {}): PilotFormInput {
  return {
    title: `Budgetcoaching aan de keukentafel ${uniqueWord()}`,
    summary: "Budgetcoaches bezoeken gezinnen met een betalingsachterstand thuis en maken samen een plan.",
    problem: "Gezinnen met beginnende betalingsachterstanden melden zich pas bij de gemeente als de schulden al hoog zijn opgelopen.",
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
export async function createPilot(tenant: Tenant, overrides: Partial<PilotFormInput> = {}, writer?: PocketBase): Promise<Created> {
  const input = pilotInput(overrides);
  const form = PilotFormSchema.parse(input);
  const result = expectSaved(await savePilot(appClientOf(writer ?? tenant.as.manager), { municipality: tenant.municipality.id, form }));
  return { id: result.id, input, form };
}

/** Everything stored for a pilot, as platformbeheer sees it, in a stable order. */
export async function storedState(pilotId: string) {
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

export const auditCount = (municipalityId: string) => countAsAdmin("audit_log", "municipality = {:m}", { m: municipalityId });

export function expectSaved(result: SaveResult): Extract<SaveResult, { ok: true }> {
  if (!result.ok)
    throw new Error(`expected the save to go through, but it was refused: ${result.message} ${JSON.stringify(result.fieldErrors)}`);
  return result;
}

export function expectFailure(result: SaveResult): Extract<SaveResult, { ok: false }> {
  if (result.ok) throw new Error(`expected the save to be refused, but it stored pilot ${result.id}`);
  return result;
}
