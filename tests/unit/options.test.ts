import { describe, it, expect } from "vitest";
import {
  canWrite,
  decisions,
  directions,
  domains,
  evidenceLevels,
  fundingSources,
  principles,
  provinces,
  riskCategories,
  riskStatuses,
  roles,
  stages,
  verdicts,
  visibilities,
  writerRoles,
} from "../../src/domain/options.ts";

type OptionSet = {
  labels: Record<string, string>;
  values: readonly string[];
  list: ReadonlyArray<{ value: string; label: string }>;
  label: (value: string) => string;
};

/** The stored values of each list, as the select fields in pocketbase/pb_migrations have them. */
const lists: Array<[string, OptionSet, string[]]> = [
  ["domains", domains, ["wmo", "jeugd", "participatie", "schuldhulp", "armoede", "wonen", "gezondheid", "onderwijs", "veiligheid", "overig"]],
  ["principles", principles, ["burgerparticipatie", "integrale_aanpak", "preventie", "maatwerk", "digitalisering", "data_gedreven", "samenwerking"]],
  ["stages", stages, ["idee", "ontwerp", "uitvoering", "evaluatie", "besluit"]],
  ["decisions", decisions, ["opschalen", "borgen", "bijstellen", "stoppen"]],
  ["visibilities", visibilities, ["private", "network", "public"]],
  ["evidenceLevels", evidenceLevels, ["goed_beschreven", "goed_onderbouwd", "eerste_aanwijzingen", "goede_aanwijzingen", "sterke_aanwijzingen"]],
  ["fundingSources", fundingSources, ["rijk", "esf_plus", "gemeente", "fondsen_donaties", "zorgverzekeraar", "partners", "overig"]],
  ["riskCategories", riskCategories, ["beperkte_resultaten", "privacy", "digitale_kloof", "draagvlak", "financiering", "uitvoering", "juridisch", "overig"]],
  ["riskStatuses", riskStatuses, ["open", "beheerst", "opgetreden", "gesloten"]],
  ["directions", directions, ["omhoog", "omlaag"]],
  ["verdicts", verdicts, ["open", "bevestigd", "verworpen", "onbeslist"]],
  ["roles", roles, ["innovatiemanager", "directeur", "collega"]],
  [
    "provinces",
    provinces,
    ["groningen", "friesland", "drenthe", "overijssel", "flevoland", "gelderland", "utrecht", "noord_holland", "zuid_holland", "zeeland", "noord_brabant", "limburg"],
  ],
];

describe.each(lists)("option list %s", (_name, set, expectedValues) => {
  it("has exactly the stored values, in order", () => {
    expect([...set.values]).toEqual(expectedValues);
  });

  it("has a non-empty, trimmed label for every value, and distinct labels", () => {
    for (const value of set.values) {
      const label = set.labels[value];
      expect(label, value).toBeTypeOf("string");
      expect(label?.trim(), value).toBe(label);
      expect(label?.length, value).toBeGreaterThan(0);
    }
    expect(new Set(Object.values(set.labels)).size).toBe(set.values.length);
  });

  it("lists every value with its label", () => {
    expect(set.list).toEqual(expectedValues.map((value) => ({ value, label: set.labels[value] })));
  });

  it("label() gives the label of a known value and the value itself for an unknown one", () => {
    for (const value of set.values) expect(set.label(value)).toBe(set.labels[value]);
    expect(set.label("onbekende_waarde")).toBe("onbekende_waarde");
  });
});

describe("labels", () => {
  it.each([
    [domains, "schuldhulp", "Schuldhulpverlening"],
    [visibilities, "private", "Alleen eigen gemeente"],
    [visibilities, "public", "Openbaar"],
    [fundingSources, "esf_plus", "ESF+"],
    [principles, "data_gedreven", "Datagedreven werken"],
    [provinces, "friesland", "Fryslân"],
    [roles, "directeur", "Directeur"],
  ] as Array<[OptionSet, string, string]>)("%#: a known value reads as its Dutch label", (set, value, label) => {
    expect(set.label(value)).toBe(label);
  });
});

describe("canWrite", () => {
  it.each([
    ["innovatiemanager", true],
    ["directeur", true],
    ["collega", false],
    ["", false],
    ["admin", false],
    ["Innovatiemanager", false],
    [undefined, false],
  ] as Array<[string | undefined, boolean]>)("role %j may write: %s", (role, expected) => {
    expect(canWrite(role)).toBe(expected);
  });

  it("agrees with writerRoles for every role", () => {
    expect([...writerRoles]).toEqual(["innovatiemanager", "directeur"]);
    for (const role of roles.values) expect(canWrite(role)).toBe(writerRoles.includes(role));
  });
});
