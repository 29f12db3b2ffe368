import { beforeAll, describe, expect, it } from "vitest";
import { getPilotWithRows, savePilot } from "../../src/data/pilots.ts";
import { emptyHypothesis, PilotFormSchema, type PilotFormInput } from "../../src/domain/pilot.ts";
import { admin, appClientOf, countAsAdmin, createTenant, statusOf, type Tenant } from "./fixtures.ts";
import { at, createPilot, expectSaved, findBy, pilotInput, statementA, statementB, storedState } from "./save-pilot-helpers.ts";

/**
 * savePilot, getPilotWithRows and listPilots against the real PocketBase, each with the SDK client
 * of the person who would use them: the batch is all-or-nothing, the rules decide who writes, and
 * the filters of the pilot overview return exactly what the viewer may see.
 *
 * This file: a pilot with its rows is created, and updated row by row.
 */

describe("savePilot creates a pilot with its rows", () => {
  let tenant: Tenant;
  beforeAll(async () => {
    tenant = await createTenant();
  });

  it("stores the pilot, its two hypotheses, two budget lines and one risk for the manager's municipality", async () => {
    const input = pilotInput();
    const form = PilotFormSchema.parse(input);
    const pb = appClientOf(tenant.as.manager);

    const result = expectSaved(await savePilot(pb, { municipality: tenant.municipality.id, form }));

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
    expect(a).toMatchObject({
      pilot: result.id,
      indicator: "Percentage gezinnen dat hulp accepteert",
      unit: "%",
      direction: "omhoog",
      baseline: 35,
      target: 60,
    });
    expect(a.measure_by.slice(0, 10)).toBe("2026-12-31");
    expect(b).toMatchObject({ pilot: result.id, unit: "gezinnen", direction: "omlaag", baseline: 42.5, target: 30, measure_by: "" });

    expect(budgetLines).toHaveLength(2);
    const lines = budgetLines.map(({ pilot: owner, source, year, planned_cents, spent_cents }) => ({
      owner,
      source,
      year,
      planned_cents,
      spent_cents,
    }));
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
    const pb = appClientOf(tenant.as.manager);
    const before = await getPilotWithRows(pb, created.id);
    const hypothesisA = findBy(before.hypotheses, (h) => h.statement === statementA, "hypothesis A");
    const hypothesisB = findBy(before.hypotheses, (h) => h.statement === statementB, "hypothesis B");
    const municipalLine = findBy(before.budgetLines, (line) => line.source === "gemeente", "gemeente line");
    const rijkLine = findBy(before.budgetLines, (line) => line.source === "rijk", "rijk line");
    const risk = at(before.risks, 0);

    const changedStatement = `${statementA.slice(0, -1)}, ook na de zomer.`;
    const newStatement = "Als wij ouders een vaste contactpersoon bij de gemeente geven, dan verwachten wij dat zij eerder om hulp vragen.";
    const [inputA, inputB] = [at(created.input.hypotheses, 0), at(created.input.hypotheses, 1)];
    const [inputMunicipal, inputRijk] = [at(created.input.budget_lines, 0), at(created.input.budget_lines, 1)];
    const form = PilotFormSchema.parse({
      ...created.input,
      title: `${created.input.title} (bijgesteld)`,
      hypotheses: [
        { ...inputA, id: hypothesisA.id, statement: changedStatement, target: "65" },
        {
          ...emptyHypothesis(),
          statement: newStatement,
          indicator: "Weken tot de eerste hulpvraag",
          unit: "weken",
          direction: "omlaag",
          baseline: "12",
          target: "6",
        },
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
    expect(added).toMatchObject({
      pilot: created.id,
      statement: newStatement,
      unit: "weken",
      direction: "omlaag",
      baseline: 12,
      target: 6,
    });
    expect(await statusOf((await admin()).collection("hypotheses").getOne(hypothesisB.id))).toBe(404);

    expect(after.budgetLines.map((line) => line.id).sort()).toEqual([municipalLine.id, rijkLine.id].sort());
    expect(findBy(after.budgetLines, (line) => line.id === municipalLine.id, "gemeente line").planned_cents).toBe(60_000_000);
    expect(findBy(after.budgetLines, (line) => line.id === rijkLine.id, "rijk line")).toMatchObject({
      planned_cents: 125_050,
      spent_cents: 25_000,
    });

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

    const result = await savePilot(appClientOf(tenant.as.manager), { id: mine.id, municipality: tenant.municipality.id, form });

    expect(result).toMatchObject({ ok: true, id: mine.id });
    expect(await storedState(theirs.id)).toEqual(theirsBefore);
    const after = await storedState(mine.id);
    expect(after.hypotheses).toHaveLength(1);
    expect(at(after.hypotheses, 0).statement).toBe(taken);
    expect(at(after.hypotheses, 0).id).not.toBe(theirHypothesis.id);
  });
});
