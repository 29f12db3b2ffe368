import { expect } from "vitest";
import type { Browser, Page } from "playwright-core";
import { addSessionCookie, sessionCookie } from "./browser.ts";
import { openPage } from "./fixtures.ts";

/**
 * The site's routes as the e2e suite visits them, shared by the tests that must look at every page
 * (axe, reflow): each kind of visitor, and the routes in groups small enough for one test each.
 */
// A guest and a directeur: the directeur's pages hold every control the innovatiemanager and the
// collega see, and more; the refusal pages a signed-in user meets are checked with another
// municipality's pilot form. The collega was checked too until the suite grew past CI's 15 minutes
// (a clean-clone run took 913 s, every-route alone 324 s of it); their pages are the same
// components with fewer controls.
const visitors = [
  { role: "bezoeker", email: null },
  { role: "directeur", email: "directie@zwolle.test" },
] as const;

/** Ids of records the routes need, found once per file as the innovatiemanager of Zwolle. */
export type Ids = { ownPilot: string; hypothesis: string; otherPilot: string; lesson: string; knowledge: string; intervention: string };

const routeGroups: ReadonlyArray<{ group: string; routes: (ids: Ids) => string[] }> = [
  {
    group: "home and pilots",
    // "/mijn" first: a signed-in visitor of "/" is sent there, and a page already checked is not checked again.
    routes: (ids) => [
      "/mijn",
      "/",
      "/pilots",
      "/pilots?domein=schuldhulp&fase=uitvoering",
      `/pilots/${ids.ownPilot}`,
      `/pilots/${ids.otherPilot}`,
    ],
  },
  {
    group: "pilot forms",
    routes: (ids) => [
      "/pilots/nieuw",
      `/pilots/${ids.ownPilot}/bewerken`,
      `/pilots/${ids.ownPilot}/verwijderen`,
      `/pilots/${ids.ownPilot}/evaluaties/nieuw`,
      `/pilots/${ids.ownPilot}/besluit`,
      `/pilots/${ids.ownPilot}/kosten-baten`,
      `/pilots/${ids.ownPilot}/hypothesen/${ids.hypothesis}/oordeel`,
      `/pilots/${ids.otherPilot}/overnemen`,
      `/pilots/${ids.otherPilot}/bewerken`,
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
      "/zoeken?q=jongeren",
    ],
  },
  {
    group: "portfolio, what works and open data",
    routes: (ids) => [
      "/portfolio",
      "/portfolio/risicos",
      "/portfolio/rapport",
      "/portfolio/audit",
      "/wat-werkt",
      `/wat-werkt/${ids.intervention}`,
      "/open-data",
    ],
  },
  {
    group: "account, statements and a missing page",
    routes: () => ["/inloggen", "/privacy", "/toegankelijkheid", "/mijn-gegevens", "/bestaat-niet", "/vragen", "/meldingen"],
  },
  {
    group: "accounts and settings",
    routes: () => ["/instellingen", "/wachtwoord-vergeten", "/inloggen/code", "/beheer/gebruikers", "/uitnodiging"],
  },
];

/**
 * Pages whose content is the same for everyone (statements, the knowledge base, a form that asks
 * only an address, the not-found page): checked for the guest. A signed-in visitor's version adds
 * only the signed-in navigation, which every other page of theirs is checked with.
 */
const sameForEveryone = (ids: Ids) =>
  new Set(["/privacy", "/toegankelijkheid", "/kennisbank", `/kennisbank/${ids.knowledge}`, "/wachtwoord-vergeten", "/bestaat-niet"]);

/** Every visitor with every group of routes: one test case each. */
export const routeCases = visitors.flatMap((visitor) =>
  routeGroups.map((group) => ({
    ...visitor,
    ...group,
    routes: (ids: Ids) => (visitor.email ? group.routes(ids).filter((route) => !sameForEveryone(ids).has(route)) : group.routes(ids)),
  })),
);

async function hrefOf(page: Page, path: string, selector: string): Promise<string> {
  await page.goto(path);
  const href = await page.locator(selector).first().getAttribute("href");
  if (!href) throw new Error(`No link ${selector} on ${path}`);
  return href;
}

/** Finds the ids the routes need, as the innovatiemanager of Zwolle, and fails on any browser error. */
export async function findIds(browser: Browser): Promise<Ids> {
  const { page, context, errors } = await openPage(browser);
  await addSessionCookie(page, await sessionCookie("innovatie@zwolle.test"));
  const ownPilot = (await hrefOf(page, `/pilots?q=${encodeURIComponent("Vroegsignalering betalingsachterstanden")}`, ".pilot-card h2 a"))
    .split("/")
    .pop()!;
  const ids: Ids = {
    ownPilot,
    hypothesis: (await hrefOf(page, `/pilots/${ownPilot}`, "a[href*='/hypothesen/']")).split("/")[4]!,
    otherPilot: (await hrefOf(page, "/pilots?zichtbaarheid=public&domein=participatie", ".pilot-card h2 a")).split("/").pop()!,
    lesson: (await hrefOf(page, "/lessen", ".pilot-card h3 a")).split("/").pop()!,
    knowledge: (await hrefOf(page, "/kennisbank", ".pilot-card h3 a")).replace("/kennisbank/", ""),
    intervention: (await hrefOf(page, "/wat-werkt", "section.what-works h2 a")).split("/").pop()!,
  };
  await context.close();
  expect(errors()).toEqual([]);
  const recordId = expect.stringMatching(/^[a-z0-9]{15}$/);
  const slug = expect.stringMatching(/^[\w-]+(\/[\w-]+)*$/);
  expect(ids).toEqual({
    ownPilot: recordId,
    hypothesis: recordId,
    otherPilot: recordId,
    lesson: recordId,
    knowledge: slug,
    intervention: recordId,
  });
  return ids;
}

/** Session cookies of the signed-in visitors, by e-mail address. */
export async function visitorCookies(): Promise<Map<string, string>> {
  const cookies = new Map<string, string>();
  for (const { email } of visitors) if (email) cookies.set(email, await sessionCookie(email));
  return cookies;
}
