import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { expectNoAxeViolations, launchBrowser, newPage, signIn } from "./browser.ts";

/**
 * Every route of the site as each kind of visitor sees it (including the refusals and redirects
 * they get), with no axe-core violations at WCAG 2.1 A and AA.
 */
type Visitor = { name: string; email: string | null };
const visitors: Visitor[] = [
  { name: "bezoeker", email: null },
  { name: "collega", email: "collega@zwolle.test" },
  { name: "innovatiemanager", email: "innovatie@zwolle.test" },
  { name: "directeur", email: "directie@zwolle.test" },
];

describe("every route, for every role", () => {
  let browser: Browser;
  const ids = { ownPilot: "", hypothesis: "", otherPilot: "", lesson: "", knowledge: "" };

  beforeAll(async () => {
    browser = await launchBrowser();
    const { context, page } = await newPage(browser);
    await signIn(page, "innovatie@zwolle.test");
    await page.goto(`/pilots?q=${encodeURIComponent("Vroegsignalering betalingsachterstanden")}`);
    ids.ownPilot = (await page.locator(".pilot-card h2 a").first().getAttribute("href"))!.split("/").pop()!;
    await page.goto(`/pilots/${ids.ownPilot}`);
    ids.hypothesis = (await page.locator("a[href*='/hypothesen/']").first().getAttribute("href"))!.split("/")[4]!;
    await page.goto("/pilots?zichtbaarheid=public&domein=participatie");
    ids.otherPilot = (await page.locator(".pilot-card h2 a").first().getAttribute("href"))!.split("/").pop()!;
    await page.goto("/lessen");
    ids.lesson = (await page.locator(".pilot-card h3 a").first().getAttribute("href"))!.split("/").pop()!;
    await page.goto("/kennisbank");
    ids.knowledge = (await page.locator(".pilot-card h3 a").first().getAttribute("href"))!.replace("/kennisbank/", "");
    await context.close();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const routes = () => [
    "/",
    "/pilots",
    "/pilots?domein=schuldhulp&fase=uitvoering",
    `/pilots/${ids.ownPilot}`,
    `/pilots/${ids.otherPilot}`,
    "/pilots/nieuw",
    `/pilots/${ids.ownPilot}/bewerken`,
    `/pilots/${ids.ownPilot}/verwijderen`,
    `/pilots/${ids.ownPilot}/evaluaties/nieuw`,
    `/pilots/${ids.ownPilot}/besluit`,
    `/pilots/${ids.ownPilot}/hypothesen/${ids.hypothesis}/oordeel`,
    `/pilots/${ids.otherPilot}/overnemen`,
    "/lessen",
    "/lessen?q=schulden&soort=tip",
    `/lessen/${ids.lesson}`,
    "/lessen/nieuw",
    "/kennisbank",
    `/kennisbank/${ids.knowledge}`,
    "/portfolio",
    "/portfolio/risicos",
    "/portfolio/rapport",
    "/portfolio/audit",
    "/inloggen",
    "/privacy",
    "/toegankelijkheid",
    "/mijn-gegevens",
    "/bestaat-niet",
  ];

  async function sweep(page: Page, visitor: Visitor) {
    const failures: string[] = [];
    const checked = new Set<string>();
    for (const route of routes()) {
      const response = await page.goto(route);
      const status = response?.status() ?? 0;
      if (status >= 500) failures.push(`${route}: status ${status}`);
      // A route that redirects to a page already checked (sign-in, for a guest) needs no second look.
      const landed = new URL(page.url()).pathname + `#${status}`;
      if (checked.has(landed) && !page.url().endsWith(route)) continue;
      checked.add(landed);
      try {
        await expectNoAxeViolations(page);
      } catch (error) {
        failures.push(`${visitor.name} ${route}: ${(error as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
  }

  it.each(visitors)("as $name", async (visitor) => {
    const { context, page } = await newPage(browser);
    if (visitor.email) await signIn(page, visitor.email);
    await sweep(page, visitor);
    await context.close();
  });
});
