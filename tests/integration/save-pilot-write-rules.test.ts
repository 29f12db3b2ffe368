import { beforeAll, describe, expect, it } from "vitest";
import { savePilot } from "../../src/data/pilots.ts";
import { PilotFormSchema, type PilotFormInput } from "../../src/domain/pilot.ts";
import { appClientOf, countAsAdmin, createTenant, type Tenant } from "./fixtures.ts";
import { auditCount, createPilot, expectFailure, pilotInput, statementA, storedState, uniqueWord } from "./save-pilot-helpers.ts";

/**
 * savePilot, getPilotWithRows and listPilots against the real PocketBase, each with the SDK client
 * of the person who would use them: the batch is all-or-nothing, the rules decide who writes, and
 * the filters of the pilot overview return exactly what the viewer may see.
 *
 * This file: only the innovatiemanager and directeur of the own municipality save its pilots.
 */

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

    const failure = expectFailure(await savePilot(appClientOf(own.as.manager), { municipality: other.municipality.id, form }));

    expect(failure.retryable).toBe(false);
    expect(await countAsAdmin("pilots", "title = {:title}", { title })).toBe(0);
    expect(
      await countAsAdmin("hypotheses", "statement = {:s} && pilot.municipality = {:m}", { s: statementA, m: other.municipality.id }),
    ).toBe(0);
  });

  it.each(cases)("$who cannot change a $visibility pilot or its rows", async ({ who, visibility }) => {
    const created = await createPilot(own, { visibility });
    const before = await storedState(created.id);
    const auditBefore = await auditCount(own.municipality.id);
    const [caller, municipality] =
      who === "a manager of another municipality"
        ? [appClientOf(other.as.manager), other.municipality.id]
        : who === "a collega of the own municipality"
          ? [appClientOf(own.as.colleague), own.municipality.id]
          : [appClientOf(), own.municipality.id];

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
