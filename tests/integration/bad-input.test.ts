import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { limits } from "../../src/domain/limits.ts";
import {
  type Tenant,
  budgetLineData,
  countAsAdmin,
  createTenant,
  hypothesisData,
  pilotData,
  refusalOf,
  riskData,
  storedAsAdmin,
} from "./fixtures.ts";

/**
 * PocketBase is the last line behind the forms: a direct API call with bad input is refused with
 * 400, names the field, and stores nothing. Checked with the superuser, past every rule.
 */

let tenant: Tenant;
let pilot: RecordModel;

beforeAll(async () => {
  tenant = await createTenant();
  pilot = await tenant.as.manager.collection("pilots").create(pilotData(tenant.municipality.id));
});

const text = (length: number) => "x".repeat(length);

describe("bad pilots are refused and not stored", () => {
  const cases: ReadonlyArray<{ what: string; field: string; value: unknown }> = [
    { what: "a title of 201 characters", field: "title", value: text(201) },
    { what: "a summary of 1001 characters", field: "summary", value: text(1001) },
    { what: "a problem of 10001 characters", field: "problem", value: text(10_001) },
    { what: "a target group of 301 characters", field: "target_group", value: text(301) },
    { what: "a title of 2 characters", field: "title", value: "ab" },
    { what: "an unknown domain", field: "domain", value: "ruimtevaart" },
    { what: "an unknown stage", field: "stage", value: "klaar" },
    { what: "an unknown visibility", field: "visibility", value: "geheim" },
    { what: "an unknown principle", field: "principles", value: ["willekeur"] },
    { what: "tags as one string", field: "tags", value: "jongeren" },
    { what: "tags as numbers", field: "tags", value: [1, 2] },
    { what: "tags as an object", field: "tags", value: { tag: "jongeren" } },
    { what: "an empty tag", field: "tags", value: [""] },
    { what: `a tag of ${limits.tag + 1} characters`, field: "tags", value: [text(limits.tag + 1)] },
    { what: `${limits.tags + 1} tags`, field: "tags", value: Array.from({ length: limits.tags + 1 }, (_, i) => `tag${i}`) },
    { what: "partners as strings", field: "partners", value: ["UWV"] },
    { what: "one partner not in a list", field: "partners", value: { name: "UWV", role: "werkgevers" } },
    { what: "a partner without a name", field: "partners", value: [{ role: "werkgevers" }] },
    { what: "a partner with a blank name", field: "partners", value: [{ name: "  ", role: "werkgevers" }] },
    { what: "a partner with a numeric role", field: "partners", value: [{ name: "UWV", role: 5 }] },
    { what: "a partner with an extra field", field: "partners", value: [{ name: "UWV", role: "x", bsn: "123456789" }] },
    {
      what: `${limits.partners + 1} partners`,
      field: "partners",
      value: Array.from({ length: limits.partners + 1 }, (_, i) => ({ name: `Partner ${i}`, role: "" })),
    },
  ];

  it.each(cases)("create with $what: 400 on $field", async ({ field, value }) => {
    const data = pilotData(tenant.municipality.id, { [field]: value });
    expect(await refusalOf(tenant.as.manager.collection("pilots").create(data))).toEqual({ status: 400, fields: [field] });
    expect(await countAsAdmin("pilots", "title = {:t}", { t: data.title })).toBe(0);
  });

  it("create with an end date before the start date: 400 on end_date", async () => {
    const data = pilotData(tenant.municipality.id, { start_date: "2026-06-01", end_date: "2026-05-31" });
    expect(await refusalOf(tenant.as.manager.collection("pilots").create(data))).toEqual({ status: 400, fields: ["end_date"] });
    expect(await countAsAdmin("pilots", "title = {:t}", { t: data.title })).toBe(0);
  });

  it("update to an end date before the stored start date: 400, the pilot unchanged", async () => {
    const record = await tenant.as.manager
      .collection("pilots")
      .create(pilotData(tenant.municipality.id, { start_date: "2026-06-01", end_date: "2026-12-31" }));
    const refused = await refusalOf(
      tenant.as.manager.collection("pilots").update(record.id, { end_date: "2026-01-01", title: "Gewijzigd" }),
    );
    expect(refused).toEqual({ status: 400, fields: ["end_date"] });
    const stored = await storedAsAdmin("pilots", record.id);
    expect([stored.title, stored.end_date]).toEqual([record.title, record.end_date]);
  });

  it("update with malformed tags: 400, the pilot unchanged", async () => {
    const refused = await refusalOf(tenant.as.manager.collection("pilots").update(pilot.id, { tags: [{ a: 1 }] }));
    expect(refused).toEqual({ status: 400, fields: ["tags"] });
    expect((await storedAsAdmin("pilots", pilot.id)).tags).toEqual(pilot.tags);
  });

  it("tags and partners at their limits are accepted", async () => {
    const data = pilotData(tenant.municipality.id, {
      tags: Array.from({ length: limits.tags }, (_, i) => `${i}`.padEnd(limits.tag, "t")),
      partners: Array.from({ length: limits.partners }, (_, i) => ({ name: `Partner ${i}` })),
      start_date: "2026-01-01",
      end_date: "2026-01-01",
    });
    const created = await tenant.as.manager.collection("pilots").create(data);
    expect([created.tags.length, created.partners.length]).toEqual([limits.tags, limits.partners]);
  });

  it("a filter-syntax fragment in a title is stored as literal text and found only by itself", async () => {
    const fragment = `Pilot' || id != '' || title ~ '" || 1=1 || visibility = "private`;
    const decoy = await tenant.as.manager.collection("pilots").create(pilotData(tenant.municipality.id, { title: "Gewone pilot" }));
    const record = await tenant.as.manager.collection("pilots").create(pilotData(tenant.municipality.id, { title: fragment }));
    expect((await storedAsAdmin("pilots", record.id)).title).toBe(fragment);

    const pb = tenant.as.colleague;
    const found = await pb.collection("pilots").getFullList({ filter: pb.filter("title ~ {:q}", { q: fragment }) });
    expect(found.map((p) => p.id)).toEqual([record.id]);
    const exact = await pb.collection("pilots").getFullList({ filter: pb.filter("title = {:q}", { q: fragment }) });
    expect(exact.map((p) => p.id)).toEqual([record.id]);
    expect(found.map((p) => p.id)).not.toContain(decoy.id);
  });
});

describe("bad rows are refused and not stored", () => {
  const cases: ReadonlyArray<{
    collection: "hypotheses" | "budget_lines" | "risks";
    what: string;
    field: string;
    value: unknown;
  }> = [
    { collection: "budget_lines", what: "negative planned_cents", field: "planned_cents", value: -1 },
    { collection: "budget_lines", what: "negative spent_cents", field: "spent_cents", value: -100 },
    { collection: "budget_lines", what: "planned_cents of 12.5", field: "planned_cents", value: 12.5 },
    { collection: "budget_lines", what: "spent_cents of 0.1", field: "spent_cents", value: 0.1 },
    { collection: "budget_lines", what: "more than a billion euro", field: "planned_cents", value: 100_000_000_001 },
    { collection: "budget_lines", what: "year 1999", field: "year", value: 1999 },
    { collection: "budget_lines", what: "year 2101", field: "year", value: 2101 },
    { collection: "budget_lines", what: "year 2026.5", field: "year", value: 2026.5 },
    { collection: "budget_lines", what: "an unknown source", field: "source", value: "loterij" },
    { collection: "risks", what: "likelihood 9", field: "likelihood", value: 9 },
    { collection: "risks", what: "likelihood 0", field: "likelihood", value: 0 },
    { collection: "risks", what: "likelihood 2.5", field: "likelihood", value: 2.5 },
    { collection: "risks", what: "impact 6", field: "impact", value: 6 },
    { collection: "risks", what: "impact -1", field: "impact", value: -1 },
    { collection: "risks", what: "an unknown category", field: "category", value: "astrologie" },
    { collection: "risks", what: "a title of 301 characters", field: "title", value: text(301) },
    { collection: "risks", what: "a mitigation of 1001 characters", field: "mitigation", value: text(1001) },
    { collection: "hypotheses", what: "a statement of 1001 characters", field: "statement", value: text(1001) },
    { collection: "hypotheses", what: "an indicator of 301 characters", field: "indicator", value: text(301) },
    { collection: "hypotheses", what: "an unknown direction", field: "direction", value: "opzij" },
    { collection: "hypotheses", what: "an unknown verdict", field: "verdict", value: "misschien" },
    { collection: "hypotheses", what: "a baseline beyond 1e12", field: "baseline", value: 2e12 },
  ];

  const dataFor = { hypotheses: hypothesisData, budget_lines: budgetLineData, risks: riskData };

  it.each(cases)("$collection with $what: 400 on $field", async ({ collection, field, value }) => {
    const own = await tenant.as.manager.collection("pilots").create(pilotData(tenant.municipality.id));
    const data = dataFor[collection](own.id, { [field]: value });
    expect(await refusalOf(tenant.as.manager.collection(collection).create(data))).toEqual({ status: 400, fields: [field] });
    expect(await countAsAdmin(collection, "pilot = {:p}", { p: own.id })).toBe(0);
  });

  it("an update to a negative amount is refused and the stored amount kept", async () => {
    const line = await tenant.as.manager.collection("budget_lines").create(budgetLineData(pilot.id));
    expect(await refusalOf(tenant.as.manager.collection("budget_lines").update(line.id, { spent_cents: -5 }))).toEqual({
      status: 400,
      fields: ["spent_cents"],
    });
    expect((await storedAsAdmin("budget_lines", line.id)).spent_cents).toBe(line.spent_cents);
  });

  it("a hypothesis with baseline 0 is accepted: 0 is a real baseline", async () => {
    // A target equal to it is refused (tests/integration/trusted-rows.test.ts); one above it is a real goal.
    const created = await tenant.as.manager.collection("hypotheses").create(hypothesisData(pilot.id, { baseline: 0, target: 5 }));
    const stored = await storedAsAdmin("hypotheses", created.id);
    expect([stored.baseline, stored.target]).toEqual([0, 5]);
  });

  it("a budget line of 0 cents and a negative baseline are accepted", async () => {
    const line = await tenant.as.manager.collection("budget_lines").create(budgetLineData(pilot.id, { planned_cents: 0, spent_cents: 0 }));
    expect([line.planned_cents, line.spent_cents]).toEqual([0, 0]);
    const hypothesis = await tenant.as.manager.collection("hypotheses").create(hypothesisData(pilot.id, { baseline: -12.5 }));
    expect(hypothesis.baseline).toBe(-12.5);
  });
});
