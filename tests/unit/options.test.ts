import { describe, it, expect } from "vitest";
import * as options from "../../src/domain/options.ts";
import { canWrite, domains, fundingSources, principles, provinces, roles, visibilities, writerRoles } from "../../src/domain/options.ts";

type OptionSet = {
  labels: Record<string, string>;
  values: readonly string[];
  list: ReadonlyArray<{ value: string; label: string }>;
  label: (value: string) => string;
};

/**
 * Every option list of options.ts. Their stored values are not repeated here: the live schema and
 * the hook libraries are compared with them in tests/integration/domain-matches-pocketbase.test.ts.
 */
const lists: Array<[string, OptionSet]> = Object.entries(options as Record<string, unknown>).flatMap(([name, value]) =>
  typeof value === "object" && value !== null && "labels" in value ? [[name, value as OptionSet] as [string, OptionSet]] : [],
);

it("finds the option lists", () => {
  expect(lists.map(([name]) => name)).toContain("evidenceLevels");
  expect(lists.length).toBeGreaterThanOrEqual(15);
});

describe.each(lists)("option list %s", (_name, set) => {
  it("has its values in the order of its labels", () => {
    expect([...set.values]).toEqual(Object.keys(set.labels));
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
    expect(set.list).toEqual(set.values.map((value) => ({ value, label: set.labels[value] })));
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
