import type { CollectionField } from "pocketbase";
import { describe, expect, it } from "vitest";
import { limits } from "../../src/domain/limits.ts";
import { admin } from "./fixtures.ts";

/**
 * The forms (src/domain/limits.ts) and the migrations each state the text limits; this keeps the
 * two from drifting apart, so a form never accepts what the database then refuses, or the reverse.
 */

const expected = [
  { collection: "pilots", field: "title", max: limits.title },
  { collection: "pilots", field: "summary", max: limits.summary },
  { collection: "pilots", field: "problem", max: limits.longText },
  { collection: "pilots", field: "target_group", max: limits.shortText },
  { collection: "pilots", field: "decision_rationale", max: limits.longText },
  { collection: "decisions", field: "decision_rationale", max: limits.longText },
  { collection: "pilots", field: "theory_of_change", max: limits.theoryOfChange },
  { collection: "hypotheses", field: "statement", max: limits.summary },
  { collection: "hypotheses", field: "indicator", max: limits.shortText },
  { collection: "risks", field: "title", max: limits.shortText },
  { collection: "risks", field: "mitigation", max: limits.summary },
] as const;

async function fieldOf(collection: string, name: string): Promise<CollectionField> {
  const pb = await admin();
  const { fields } = await pb.collections.getOne(collection);
  const field = fields.find((f) => f.name === name);
  if (!field) throw new Error(`${collection}.${name} is not in the schema`);
  return field;
}

describe("text limits of the forms and the database agree", () => {
  it.each(expected)("$collection.$field holds at most $max characters", async ({ collection, field, max }) => {
    const schema = await fieldOf(collection, field);
    expect(schema.type).toBe("text");
    expect(schema.max).toBe(max);
  });
});
