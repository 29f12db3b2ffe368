import { beforeAll, describe, expect, it } from "vitest";
import { PilotFormSchema } from "../../src/domain/pilot.ts";
import { toPilotFormValues } from "../../src/domain/pilot-form-values.ts";
import { getPilotWithRows, savePilot } from "../../src/data/pilots.ts";
import { appClientOf, createTenant, pilotData, statusOf, storedAsAdmin, type Tenant } from "./fixtures.ts";

/** Two people edit the same pilot from stale copies: the second save is refused, nothing overwritten. */
describe("editing the same pilot twice", () => {
  let t: Tenant;
  beforeAll(async () => {
    t = await createTenant();
  });

  it("a direct update based on an old version is refused with a conflict, a current one goes through", async () => {
    const pilot = await t.as.manager.collection("pilots").create(pilotData(t.municipality.id));
    const opened = pilot.updated as string;
    expect(
      await statusOf(t.as.director.collection("pilots").update(pilot.id, { title: "Eerst opgeslagen", expected_updated: opened })),
    ).toBe(200);
    const late = t.as.manager.collection("pilots").update(pilot.id, { title: "Later opgeslagen", expected_updated: opened });
    expect(await statusOf(late)).toBe(400);
    expect((await storedAsAdmin("pilots", pilot.id)).title).toBe("Eerst opgeslagen");
  });

  it("savePilot from a stale form returns a conflict and leaves the other person's rows alone", async () => {
    const manager = appClientOf(t.as.manager);
    const director = appClientOf(t.as.director);
    const created = await t.as.manager.collection("pilots").create(pilotData(t.municipality.id));
    // Both open the edit form now, seeing the same version.
    const opened = await getPilotWithRows(manager, created.id);
    const formOf = (title: string) => PilotFormSchema.parse({ ...toPilotFormValues(opened.pilot, opened), title });

    const first = await savePilot(director, {
      id: created.id,
      municipality: t.municipality.id,
      form: formOf("Versie van de directeur"),
      expectedUpdated: opened.pilot.updated,
    });
    expect(first.ok).toBe(true);
    const second = await savePilot(manager, {
      id: created.id,
      municipality: t.municipality.id,
      form: formOf("Versie van de manager"),
      expectedUpdated: opened.pilot.updated,
    });
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.conflict).toBe(true);
    expect(second.message).toContain("iemand anders heeft deze pilot intussen gewijzigd");
    expect((await storedAsAdmin("pilots", created.id)).title).toBe("Versie van de directeur");
  });
});
