import { describe, expect } from "vitest";
import type { Page } from "playwright-core";
import { addSessionCookie, expectNoAxeViolations, sessionCookie } from "./browser.ts";
import { openPage, test } from "./fixtures.ts";

/**
 * Every route of the site as each kind of visitor sees it (including the refusals and redirects
 * they get), with no axe-core violations at WCAG 2.1 A and AA. One test per visitor and group of
 * routes, so that no test comes near its time limit on a slow machine.
 */
const visitors = [
  { role: "bezoeker", email: null },
  { role: "collega", email: "collega@zwolle.test" },
  { role: "innovatiemanager", email: "innovatie@zwolle.test" },
  { role: "directeur", email: "directie@zwolle.test" },
] as const;

/** Ids of records the routes need, found once per file as the innovatiemanager of Zwolle. */
type Ids = { ownPilot: string; hypothesis: string; otherPilot: string; lesson: string; knowledge: string };

const routeGroups: ReadonlyArray<{ group: string; routes: (ids: Ids) => string[] }> = [
  {
    group: "home and pilots",
    routes: (ids) => ["/", "/pilots", "/pilots?domein=schuldhulp&fase=uitvoering", `/pilots/${ids.ownPilot}`, `/pilots/${ids.otherPilot}`],
  },
  {
    group: "pilot forms",
    routes: (ids) => [
      "/pilots/nieuw",
      `/pilots/${ids.ownPilot}/bewerken`,
      `/pilots/${ids.ownPilot}/verwijderen`,
      `/pilots/${ids.ownPilot}/evaluaties/nieuw`,
      `/pilots/${ids.ownPilot}/besluit`,
      `/pilots/${ids.ownPilot}/hypothesen/${ids.hypothesis}/oordeel`,
      `/pilots/${ids.otherPilot}/overnemen`,
    ],
  },
  {
    group: "lessons and the knowledge base",
    routes: (ids) => [
      "/lessen",
      "/lessen?q=schulden&soort=tip",
      `/lessen/${ids.lesson}`,
      "/lessen/nieuw",
      "/kennisbank",
      `/kennisbank/${ids.knowledge}`,
    ],
  },
  { group: "portfolio", routes: () => ["/portfolio", "/portfolio/risicos", "/portfolio/rapport", "/portfolio/audit"] },
  {
    group: "account, statements and a missing page",
    routes: () => ["/inloggen", "/privacy", "/toegankelijkheid", "/mijn-gegevens", "/bestaat-niet"],
  },
];

async function hrefOf(page: Page, path: string, selector: string): Promise<string> {
  await page.goto(path);
  const href = await page.locator(selector).first().getAttribute("href");
  if (!href) throw new Error(`No link ${selector} on ${path}`);
  return href;
}

describe("every route, for every role", () => {
  const ids: Ids = { ownPilot: "", hypothesis: "", otherPilot: "", lesson: "", knowledge: "" };
  const cookies = new Map<string, string>();

  test.beforeAll(async ({ browser }) => {
    const { page, context, errors } = await openPage(browser);
    await addSessionCookie(page, await sessionCookie("innovatie@zwolle.test"));
    ids.ownPilot = (await hrefOf(page, `/pilots?q=${encodeURIComponent("Vroegsignalering betalingsachterstanden")}`, ".pilot-card h2 a"))
      .split("/")
      .pop()!;
    ids.hypothesis = (await hrefOf(page, `/pilots/${ids.ownPilot}`, "a[href*='/hypothesen/']")).split("/")[4]!;
    ids.otherPilot = (await hrefOf(page, "/pilots?zichtbaarheid=public&domein=participatie", ".pilot-card h2 a")).split("/").pop()!;
    ids.lesson = (await hrefOf(page, "/lessen", ".pilot-card h3 a")).split("/").pop()!;
    ids.knowledge = (await hrefOf(page, "/kennisbank", ".pilot-card h3 a")).replace("/kennisbank/", "");
    await context.close();
    expect(errors()).toEqual([]);
    const recordId = expect.stringMatching(/^[a-z0-9]{15}$/);
    const slug = expect.stringMatching(/^[\w-]+(\/[\w-]+)*$/);
    expect(ids).toEqual({ ownPilot: recordId, hypothesis: recordId, otherPilot: recordId, lesson: recordId, knowledge: slug });
    for (const { email } of visitors) if (email) cookies.set(email, await sessionCookie(email));
  });

  const cases = visitors.flatMap((visitor) => routeGroups.map((group) => ({ ...visitor, ...group })));

  test.for(cases)("as $role: $group", async ({ email, routes }, { page }) => {
    if (email) await addSessionCookie(page, cookies.get(email)!);
    const failures: string[] = [];
    const checked = new Set<string>();
    for (const route of routes(ids)) {
      const response = await page.goto(route);
      const status = response?.status() ?? 0;
      if (status >= 500) failures.push(`${route}: status ${status}`);
      // A route that redirects to a page already checked (sign-in, for a guest) needs no second look.
      const landed = `${new URL(page.url()).pathname}#${status}`;
      if (checked.has(landed) && !page.url().endsWith(route)) continue;
      checked.add(landed);
      try {
        await expectNoAxeViolations(page);
      } catch (error) {
        failures.push(`${route}: ${(error as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
