import { beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../../src/data/client.ts";
import { savePilot } from "../../src/data/pilots.ts";
import { negativeAmountMessage } from "../../src/domain/money.ts";
import { emptyHypothesis, PilotFormSchema, type PilotForm, type PilotFormInput } from "../../src/domain/pilot.ts";
import { appClientOf, countAsAdmin, createTenant, hypothesisData, statusOf, type Tenant } from "./fixtures.ts";
import {
  at,
  auditCount,
  createPilot,
  expectFailure,
  findBy,
  pilotInput,
  statementA,
  storedState,
  uniqueWord,
} from "./save-pilot-helpers.ts";

/**
 * savePilot, getPilotWithRows and listPilots against the real PocketBase, each with the SDK client
 * of the person who would use them: the batch is all-or-nothing, the rules decide who writes, and
 * the filters of the pilot overview return exactly what the viewer may see.
 *
 * This file: a refused save stores nothing and says why, in Dutch, down to the field.
 */

describe("savePilot is all or nothing", () => {
  let tenant: Tenant;
  beforeAll(async () => {
    tenant = await createTenant();
  });

  it.each(["an existing risk", "a new risk"])(
    "a refused likelihood on %s stores nothing of the save and names the field in Dutch",
    async (which) => {
      const created = await createPilot(tenant);
      const pb = appClientOf(tenant.as.manager);
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

    const failure = expectFailure(
      await savePilot(appClientOf(tenant.as.manager), { id: created.id, municipality: tenant.municipality.id, form }),
    );

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

    const failure = expectFailure(
      await savePilot(appClientOf(tenant.as.manager), { id: created.id, municipality: tenant.municipality.id, form }),
    );

    expect(failure.fieldErrors).toEqual({ "budget_lines.1.planned_cents": negativeAmountMessage("het begrote bedrag") });
    expect(await storedState(created.id)).toEqual(before);
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

    const failure = expectFailure(
      await savePilot(appClientOf(own.as.manager), { id: created.id, municipality: own.municipality.id, form }),
    );

    expect(await countAsAdmin("pilots", "id = {:id}", { id: created.id })).toBe(0);
    expect(failure.retryable).toBe(false);
    expect(failure.message).toBe(notFound);
  });

  it("the pilot belongs to another municipality", async () => {
    const created = await createPilot(own, { visibility: "network" });
    const form = PilotFormSchema.parse({ ...created.input, title: "Van een ander" } satisfies PilotFormInput);

    const failure = expectFailure(
      await savePilot(appClientOf(other.as.manager), { id: created.id, municipality: other.municipality.id, form }),
    );

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
    const parsed = PilotFormSchema.parse({
      ...created.input,
      title: `${created.input.title} (31)`,
      hypotheses: existing,
    } satisfies PilotFormInput);
    const extra = at(PilotFormSchema.parse({ ...created.input, hypotheses: hypothesesInput(1, 30) }).hypotheses, 0);
    const form = { ...parsed, hypotheses: [...parsed.hypotheses, extra] } as PilotForm;

    const failure = expectFailure(
      await savePilot(appClientOf(tenant.as.manager), { id: created.id, municipality: tenant.municipality.id, form }),
    );

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

    const failure = expectFailure(await savePilot(appClientOf(tenant.as.manager), { municipality: tenant.municipality.id, form }));

    expect(failure.retryable).toBe(false);
    expect(await countAsAdmin("pilots", "title = {:title}", { title })).toBe(0);
    expect(await countAsAdmin("hypotheses", "pilot.title = {:title}", { title })).toBe(0);
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
