import type PocketBase from "pocketbase";
import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { type Neighbours, createNeighbours, hypothesisData, pilotData, statusOf, storedAsAdmin } from "./fixtures.ts";

/**
 * PocketBase accepts modifiers in an update body ("field+" appends, "+field" prepends, "field-"
 * removes). The `@request.body.field:changed = false` guards must see through them, or a user
 * could smuggle a new role, municipality, decision or pilot past the rule.
 */

describe("modifiers do not slip past the :changed guards", () => {
  let n: Neighbours;
  let pilot: RecordModel;
  let otherPilot: RecordModel;
  let hypothesis: RecordModel;

  beforeAll(async () => {
    n = await createNeighbours();
    pilot = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id));
    otherPilot = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id));
    hypothesis = await n.as.ownManager.collection("hypotheses").create(hypothesisData(pilot.id));
  });

  type Row = {
    what: string;
    who: () => PocketBase;
    collection: string;
    id: () => string;
    body: () => Record<string, unknown>;
    field: string;
    unchanged: () => unknown;
  };

  const rows: Row[] = [];
  for (const key of ["role+", "+role"]) {
    rows.push({
      what: `a colleague sends "${key}": "directeur"`,
      who: () => n.own.as.colleague,
      collection: "users",
      id: () => n.own.users.colleague.id,
      body: () => ({ [key]: "directeur" }),
      field: "role",
      unchanged: () => "collega",
    });
  }
  for (const key of ["municipality+", "+municipality"]) {
    rows.push({
      what: `a colleague sends "${key}" on their account`,
      who: () => n.own.as.colleague,
      collection: "users",
      id: () => n.own.users.colleague.id,
      body: () => ({ [key]: n.other.municipality.id }),
      field: "municipality",
      unchanged: () => n.own.municipality.id,
    });
    rows.push({
      what: `a manager sends "${key}" on a pilot`,
      who: () => n.own.as.manager,
      collection: "pilots",
      id: () => pilot.id,
      body: () => ({ [key]: n.other.municipality.id }),
      field: "municipality",
      unchanged: () => n.own.municipality.id,
    });
  }
  for (const key of ["decision+", "+decision"]) {
    rows.push({
      what: `a manager sends "${key}": "stoppen"`,
      who: () => n.own.as.manager,
      collection: "pilots",
      id: () => pilot.id,
      body: () => ({ [key]: "stoppen" }),
      field: "decision",
      unchanged: () => "",
    });
  }
  for (const key of ["pilot+", "+pilot", "pilot-"]) {
    rows.push({
      what: `a manager sends "${key}" on a hypothesis`,
      who: () => n.own.as.manager,
      collection: "hypotheses",
      id: () => hypothesis.id,
      body: () => ({ [key]: key === "pilot-" ? pilot.id : otherPilot.id }),
      field: "pilot",
      unchanged: () => pilot.id,
    });
  }

  it.each(rows)("$what: refused or ignored, the stored $field unchanged", async ({ who, collection, id, body, field, unchanged }) => {
    const status = await statusOf(who().collection(collection).update(id(), body()));
    // "field+" and "field-" are refused by the rule (404); "+field" on a single value keeps the
    // stored value last, so PocketBase saves nothing new (200). Either way nothing may change.
    expect([200, 404]).toContain(status);
    expect((await storedAsAdmin(collection, id()))[field]).toBe(unchanged());
  });
});
