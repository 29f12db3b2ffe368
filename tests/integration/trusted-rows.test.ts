import { beforeAll, describe, expect, it } from "vitest";
import { savePilot } from "../../src/data/pilots.ts";
import { targetMessages } from "../../src/domain/hypothesis-target.ts";
import { negativeAmountMessage } from "../../src/domain/money.ts";
import { PilotFormSchema } from "../../src/domain/pilot.ts";
import {
  admin,
  appClientOf,
  budgetLineData,
  countAsAdmin,
  createTenant,
  hypothesisData,
  pilotData,
  storedAsAdmin,
  type Tenant,
} from "./fixtures.ts";
import { expectFailure, pilotInput, storedState } from "./save-pilot-helpers.ts";

/**
 * Rows a portfolio can trust, held by PocketBase for every write (pb_hooks/hypothesis_invariants.pb.js,
 * pb_hooks/budget_invariants.pb.js), with the Dutch message the form shows at the same field: a
 * target on the better side of its baseline, and no negative amounts.
 */

/** The status and the message per field of a refused SDK call; status 200 and no messages when it went through. */
async function messagesOf(call: Promise<unknown>): Promise<{ status: number; messages: Record<string, string> }> {
  try {
    await call;
    return { status: 200, messages: {} };
  } catch (error) {
    const { status, response } = error as { status?: number; response?: { data?: Record<string, { message?: string }> } };
    if (typeof status !== "number") throw error;
    const messages = Object.fromEntries(Object.entries(response?.data ?? {}).map(([field, value]) => [field, value?.message ?? ""]));
    return { status, messages };
  }
}

let tenant: Tenant;
let pilotId: string;
beforeAll(async () => {
  tenant = await createTenant();
  pilotId = (await tenant.as.manager.collection("pilots").create(pilotData(tenant.municipality.id))).id;
});

describe("a hypothesis's target lies on the better side of its baseline", () => {
  it.each([
    ["equal to the baseline", { direction: "omhoog", baseline: 68, target: 68 }, targetMessages.equal],
    ["equal at zero", { direction: "omlaag", baseline: 0, target: 0 }, targetMessages.equal],
    ["above the baseline while lower is better", { direction: "omlaag", baseline: 40, target: 50 }, targetMessages.omlaag],
    ["below the baseline while higher is better", { direction: "omhoog", baseline: 40, target: 39.5 }, targetMessages.omhoog],
  ])("refuses a new hypothesis with a target %s (400, message at the target)", async (_, values, message) => {
    const before = await countAsAdmin("hypotheses", "pilot = {:p}", { p: pilotId });
    for (const pb of [tenant.as.manager, tenant.as.director, await admin()]) {
      expect(await messagesOf(pb.collection("hypotheses").create(hypothesisData(pilotId, values)))).toEqual({
        status: 400,
        messages: { target: message },
      });
    }
    expect(await countAsAdmin("hypotheses", "pilot = {:p}", { p: pilotId })).toBe(before);
  });

  it.each([
    { direction: "omhoog", baseline: 68, target: 72 },
    { direction: "omlaag", baseline: 1000, target: 850 },
    { direction: "omhoog", baseline: -12.5, target: 0 },
  ])("accepts $direction from $baseline to $target", async (values) => {
    const created = await tenant.as.manager.collection("hypotheses").create(hypothesisData(pilotId, values));
    expect(await storedAsAdmin("hypotheses", created.id)).toMatchObject(values);
  });

  it("refuses an update that turns the direction or moves the target onto the baseline, and keeps what was stored", async () => {
    const created = await tenant.as.manager.collection("hypotheses").create(hypothesisData(pilotId, { baseline: 68, target: 72 }));
    const updates = [
      [{ direction: "omlaag" }, targetMessages.omlaag],
      [{ target: 68 }, targetMessages.equal],
      [{ baseline: 80 }, targetMessages.omhoog],
    ] as const;
    for (const [update, message] of updates) {
      expect(await messagesOf(tenant.as.manager.collection("hypotheses").update(created.id, update))).toEqual({
        status: 400,
        messages: { target: message },
      });
    }
    expect(await storedAsAdmin("hypotheses", created.id)).toMatchObject({ direction: "omhoog", baseline: 68, target: 72 });
    const judged = await tenant.as.director.collection("hypotheses").update(created.id, { verdict: "bevestigd" });
    expect(judged.verdict).toBe("bevestigd");
  });

  it("a baseline out of range is reported at the baseline, not also at the target", async () => {
    const refused = await messagesOf(tenant.as.manager.collection("hypotheses").create(hypothesisData(pilotId, { baseline: 2e12 })));
    expect([refused.status, Object.keys(refused.messages)]).toEqual([400, ["baseline"]]);
  });

  it("refuses the whole pilot save through the app, with the form's message at the row's target", async () => {
    const input = pilotInput();
    const form = PilotFormSchema.parse(input);
    // As a request that went past the form's own check would send it.
    form.hypotheses[1] = { ...form.hypotheses[1]!, baseline: 30, target: 30 };
    const failure = expectFailure(await savePilot(appClientOf(tenant.as.manager), { municipality: tenant.municipality.id, form }));
    expect(failure.fieldErrors).toEqual({ "hypotheses.1.target": targetMessages.equal });
    expect(await countAsAdmin("pilots", "title = {:t}", { t: form.title })).toBe(0);
    // The same message the form gives at the same field.
    const typed = { ...input, hypotheses: [input.hypotheses[0]!, { ...input.hypotheses[1]!, baseline: "30", target: "30" }] };
    expect(PilotFormSchema.safeParse(typed).error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["hypotheses.1.target", targetMessages.equal],
    ]);
  });
});

describe("a budget amount is never negative, and says so", () => {
  it.each([
    [{ planned_cents: -1 }, { planned_cents: negativeAmountMessage("het begrote bedrag") }],
    [{ spent_cents: -25_000_00 }, { spent_cents: negativeAmountMessage("het uitgegeven bedrag") }],
    [
      { planned_cents: -5, spent_cents: -5 },
      { planned_cents: negativeAmountMessage("het begrote bedrag"), spent_cents: negativeAmountMessage("het uitgegeven bedrag") },
    ],
  ])("refuses %j with its own message per amount", async (amounts, messages) => {
    for (const pb of [tenant.as.manager, await admin()]) {
      expect(await messagesOf(pb.collection("budget_lines").create(budgetLineData(pilotId, amounts)))).toEqual({ status: 400, messages });
    }
  });

  it("refuses an update to a negative amount and keeps the stored one", async () => {
    const line = await tenant.as.manager.collection("budget_lines").create(budgetLineData(pilotId));
    expect(await messagesOf(tenant.as.manager.collection("budget_lines").update(line.id, { spent_cents: -1 }))).toEqual({
      status: 400,
      messages: { spent_cents: negativeAmountMessage("het uitgegeven bedrag") },
    });
    expect((await storedAsAdmin("budget_lines", line.id)).spent_cents).toBe(line.spent_cents);
  });

  it("refuses a pilot save through the app with the message at the row's amount, storing none of it", async () => {
    const created = PilotFormSchema.parse(pilotInput());
    const saved = await savePilot(appClientOf(tenant.as.manager), { municipality: tenant.municipality.id, form: created });
    if (!saved.ok) throw new Error(saved.message);
    const before = await storedState(saved.id);
    const form = { ...created, budget_lines: created.budget_lines.map((line, i) => ({ ...line, id: saved.rows.budget_lines[i] })) };
    form.budget_lines[0] = { ...form.budget_lines[0]!, planned_cents: -100 };
    const failure = expectFailure(
      await savePilot(appClientOf(tenant.as.manager), { id: saved.id, municipality: tenant.municipality.id, form }),
    );
    expect(failure.fieldErrors).toEqual({ "budget_lines.0.planned_cents": negativeAmountMessage("het begrote bedrag") });
    expect((await storedState(saved.id)).budgetLines).toEqual(before.budgetLines);
  });

  it("reads € 250.000,- as typed in the form as 250000 euros, and stores that", async () => {
    const form = PilotFormSchema.parse(
      pilotInput({
        budget_lines: [{ source: "rijk", year: "2026", planned_cents: "€ 250.000,-", spent_cents: "1.234,5", reporting_deadline: "" }],
      }),
    );
    const saved = await savePilot(appClientOf(tenant.as.manager), { municipality: tenant.municipality.id, form });
    if (!saved.ok) throw new Error(saved.message);
    expect((await storedState(saved.id)).budgetLines).toMatchObject([{ planned_cents: 25_000_000, spent_cents: 123_450 }]);
  });
});
