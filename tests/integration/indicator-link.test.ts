import { beforeAll, describe, expect, it } from "vitest";
import { adoptPilot } from "../../src/data/adoption.ts";
import { getPilotWithActivity } from "../../src/data/pilots.ts";
import { catalogueChoices } from "../../src/data/indicators.ts";
import type { CatalogueChoice } from "../../src/domain/indicator-catalogue.ts";
import { appClientOf, createNeighbours, type Neighbours } from "./fixtures.ts";
import { at, createPilot, pilotInput, storedState } from "./save-pilot-helpers.ts";

/**
 * A hypothesis linked to a catalogue indicator: the pilot form's save path stores the link, the
 * pilot page reads the catalogue name and source with it (for any reader), and adopting copies it.
 */
let n: Neighbours;
let eenzaamheid: CatalogueChoice;
beforeAll(async () => {
  n = await createNeighbours();
  const choices = await catalogueChoices(appClientOf());
  eenzaamheid = choices.find((choice) => choice.name === "Eenzaamheid") as CatalogueChoice;
});

describe("a hypothesis on a catalogue indicator", () => {
  it("is suggested from the catalogue, which anyone may read", () => {
    expect(eenzaamheid).toMatchObject({ unit: "%", direction: "omlaag" });
  });

  it("is stored with its link, shown with the catalogue's name and source, and adopted with it", async () => {
    const input = pilotInput({ visibility: "public" });
    const [first, second] = input.hypotheses;
    const linked = {
      ...first!,
      indicator: "Eenzaamheid",
      indicator_ref: eenzaamheid.id,
      direction: "omlaag" as const,
      baseline: "40",
      target: "30",
    };
    const made = await createPilot(n.own, { ...input, hypotheses: [linked, second!] });

    const stored = await storedState(made.id);
    const refs = stored.hypotheses.map((row) => [row.indicator, row.indicator_ref]);
    expect(refs).toEqual(
      expect.arrayContaining([
        ["Eenzaamheid", eenzaamheid.id],
        [second!.indicator, ""],
      ]),
    );

    const page = await getPilotWithActivity(appClientOf(), made.id);
    const shown = page.hypotheses.find((row) => row.indicator_ref === eenzaamheid.id);
    expect(shown?.expand?.indicator_ref).toMatchObject({ name: "Eenzaamheid", source: eenzaamheid.source });

    const adopted = await adoptPilot(appClientOf(n.other.as.manager), made.id, n.other.municipality.id);
    if (!adopted.ok) throw new Error(`not adopted: ${JSON.stringify(adopted)}`);
    const copy = await storedState(adopted.id);
    expect(copy.hypotheses.map((row) => row.indicator_ref).sort()).toEqual(["", eenzaamheid.id].sort());
    expect(at(copy.hypotheses, 0).pilot).toBe(adopted.id);
  });
});
