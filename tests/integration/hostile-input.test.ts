import { beforeAll, describe, expect, it } from "vitest";
import { hostileDates, hostileNumbers, hostileStrings } from "../support/hostile-corpus.ts";
import { client, countAsAdmin, createTenant, pilotData, riskData, budgetLineData, type Tenant } from "./fixtures.ts";

/**
 * The hostile corpus sent straight to PocketBase, as a signed-in manager would through the API:
 * every value is refused with a 4xx or stored as plain text, never a 5xx; filter fragments in a
 * search never widen what another municipality sees; and the server stays healthy.
 */
describe("hostile input sent to PocketBase directly", () => {
  let a: Tenant;
  let b: Tenant;
  let privateTitle: string;
  beforeAll(async () => {
    [a, b] = await Promise.all([createTenant(), createTenant()]);
    privateTitle = `Geheim ${Date.now()}`;
    await b.as.manager.collection("pilots").create(pilotData(b.municipality.id, { title: privateTitle, visibility: "private" }));
  });

  const statusOf = async (call: Promise<unknown>) => {
    try {
      await call;
      return 200;
    } catch (error) {
      return (error as { status: number }).status;
    }
  };
  /** "200 or 4xx" for a call that went through or was refused, else its status, so that a failure shows it. */
  const storedOrRefused = (status: number) => (status === 200 || (status >= 400 && status < 500) ? "200 or 4xx" : status);

  it.each(hostileStrings.map((value, index) => [index, value] as const))(
    "text value #%i in every text field: 4xx or stored inert",
    async (_, value) => {
      const fields = ["title", "summary", "problem", "target_group"];
      const answers: Record<string, string | number> = {};
      for (const field of fields) {
        answers[field] = storedOrRefused(
          await statusOf(a.as.manager.collection("pilots").create(pilotData(a.municipality.id, { [field]: value }))),
        );
      }
      expect(answers).toEqual(Object.fromEntries(fields.map((field) => [field, "200 or 4xx"])));
    },
  );

  it.each(hostileNumbers.map((value, index) => [index, value] as const))(
    "number value #%i in amounts and scales is refused",
    async (_, value) => {
      const pilot = await a.as.manager.collection("pilots").create(pilotData(a.municipality.id));
      const risk = await statusOf(a.as.manager.collection("risks").create(riskData(pilot.id, { likelihood: value })));
      const budget = await statusOf(a.as.manager.collection("budget_lines").create(budgetLineData(pilot.id, { planned_cents: value })));
      expect({ risk: storedOrRefused(risk), budget: storedOrRefused(budget) }).toEqual({ risk: "200 or 4xx", budget: "200 or 4xx" });
      // Whatever PocketBase accepted (true reads as 1) must be a valid value: a whole number in range.
      const risks = await a.as.manager.collection("risks").getFullList({ filter: `pilot = "${pilot.id}"` });
      expect(
        risks.map((row) => row.likelihood).filter((likelihood) => !(Number.isInteger(likelihood) && likelihood >= 1 && likelihood <= 5)),
      ).toEqual([]);
      const stored = await a.as.manager.collection("budget_lines").getFullList({ filter: `pilot = "${pilot.id}"` });
      expect(stored.map((line) => line.planned_cents).filter((cents) => !(Number.isInteger(cents) && cents >= 0 && cents <= 1e11))).toEqual(
        [],
      );
    },
  );

  it.each(hostileDates.map((value, index) => [index, value] as const))(
    "date value #%i is refused or stored as a real date",
    async (_, value) => {
      const status = await statusOf(a.as.manager.collection("pilots").create(pilotData(a.municipality.id, { start_date: value })));
      expect(storedOrRefused(status)).toBe("200 or 4xx");
    },
  );

  it.each(hostileStrings.slice(3).map((value, index) => [index, value] as const))(
    "filter fragment #%i inside pb.filter never shows another municipality's private pilot",
    async (_, value) => {
      // PocketBase may refuse an odd search outright (a 4xx); it must never answer with the private pilot.
      const titles = async (pb: ReturnType<typeof client>) => {
        try {
          const list = await pb.collection("pilots").getList(1, 50, { filter: pb.filter("title ~ {:q} || summary ~ {:q}", { q: value }) });
          return list.items.map((p) => p.title);
        } catch (error) {
          const status = (error as { status: number }).status;
          expect(storedOrRefused(status)).toBe("200 or 4xx");
          return [];
        }
      };
      expect(await titles(a.as.manager)).not.toContain(privateTitle);
      expect(await titles(client())).not.toContain(privateTitle);
    },
  );

  it("raw filter syntax typed into the API's filter parameter cannot reach a private pilot either", async () => {
    for (const filter of ['visibility = "private"', "municipality != ''", `title = "${privateTitle}"`, "1=1", "id != '' || 1=1"]) {
      const status = await statusOf(
        a.as.manager
          .collection("pilots")
          .getList(1, 50, { filter })
          .then((list) => {
            expect(list.items.map((p) => p.title)).not.toContain(privateTitle);
          }),
      );
      expect([200, 400]).toContain(status);
    }
  });

  it("the server is still healthy and the private pilot untouched", async () => {
    expect((await client().health.check()).code).toBe(200);
    expect(await countAsAdmin("pilots", "title = {:t}", { t: privateTitle })).toBe(1);
  });
});
