import { describe, expect } from "vitest";
import type { Page } from "playwright-core";
import { expectNoAxeViolations, signIn, signInBySession } from "./browser.ts";
import { test } from "./fixtures.ts";

/** Every page, as each kind of visitor sees it, without axe-core violations at WCAG 2.1 AA. */
describe("pages for each role", () => {
  async function firstPilotLink(page: Page, query: string): Promise<string> {
    await page.goto(`/pilots${query}`);
    const href = await page.locator(".pilot-card h2 a").first().getAttribute("href");
    expect(href).toMatch(/^\/pilots\/[a-z0-9]{15}$/);
    return href!;
  }

  // The pages as they first open are checked with axe (and at 320 px) by every-route.test.ts; here
  // axe looks at the states only these journeys reach: no results, a refused password, a collega's
  // refusal and list, a directeur's filled edit form.
  test("a visitor sees the public pages, is sent to sign in for the form, and gets a Dutch 404", async ({ page }) => {
    const home = await page.goto("/");
    expect(home?.status()).toBe(200);
    expect(await page.getAttribute("html", "lang")).toBe("nl");

    await page.goto("/pilots");
    const cards = await page.locator(".pilot-card .badge").allTextContents();
    expect(cards.length).toBeGreaterThan(0);
    expect(new Set(cards)).toEqual(new Set(["Openbaar"]));

    await page.goto("/pilots?domein=schuldhulp&fase=onzin");
    expect(await page.getByLabel("Domein").inputValue()).toBe("schuldhulp");
    expect(await page.getByLabel("Fase").inputValue()).toBe("");

    await page.goto("/pilots?q=bestaat-zeker-niet-xyz");
    expect(await page.locator("main").textContent()).toContain("Geen pilots gevonden met deze filters");
    await expectNoAxeViolations(page);

    const detail = await firstPilotLink(page, "");
    await page.goto(detail);
    for (const heading of ["Probleem", "Hypothesen en succescriteria", "Begroting", "Risico's", "Partners"]) {
      expect(await page.getByRole("heading", { name: heading, exact: true }).count()).toBe(1);
    }
    expect(await page.getByRole("link", { name: "Bewerken" }).count()).toBe(0);

    await page.goto("/pilots/nieuw");
    expect(new URL(page.url()).pathname).toBe("/inloggen");
    expect(await page.locator("main").textContent()).toContain("Log in om deze pagina te bekijken");

    await page.getByLabel("E-mailadres").fill("innovatie@rotterdam.test");
    await page.getByLabel("Wachtwoord").fill("fout-wachtwoord");
    await page.getByRole("button", { name: "Inloggen" }).click();
    expect(await page.getByRole("alert").textContent()).toContain("klopt niet");
    expect(await page.getByLabel("E-mailadres").inputValue()).toBe("innovatie@rotterdam.test");
    await expectNoAxeViolations(page);

    const missing = await page.goto("/deze-pagina-bestaat-niet");
    expect(missing?.status()).toBe(404);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Pagina niet gevonden");
  });

  test("a collega browses, cannot open the pilot form, and signs out", async ({ page }) => {
    await signIn(page, "collega@zwolle.test");
    expect(await page.getByRole("link", { name: "Nieuwe pilot" }).count()).toBe(0);
    const response = await page.goto("/pilots/nieuw");
    expect(response?.status()).toBe(403);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Geen toegang");
    await expectNoAxeViolations(page);

    await page.goto("/pilots?zichtbaarheid=network");
    const badges = await page.locator(".pilot-card .badge").allTextContents();
    expect(badges.length).toBeGreaterThan(0);
    expect(new Set(badges)).toEqual(new Set(["Netwerk (ingelogde gebruikers)"]));
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Uitloggen" }).click();
    await page.waitForURL((url) => url.pathname === "/");
    expect(await page.getByRole("link", { name: "Inloggen" }).count()).toBe(1);
  });

  test("a directeur opens the edit form and the delete confirmation of an own pilot", async ({ page }) => {
    await signInBySession(page, "directie@rotterdam.test");
    const own = await firstPilotLink(page, "?zichtbaarheid=private");
    await page.goto(own);
    await page.getByRole("link", { name: "Bewerken" }).click();
    await page.waitForURL(/\/bewerken$/);
    await page.waitForSelector("form[data-ready='true']");
    expect(await page.getByLabel("Titel").inputValue()).not.toBe("");
    await expectNoAxeViolations(page);

    await page.goto(`${own}/verwijderen`);
    expect(await page.getByRole("button", { name: "Ja, definitief verwijderen" }).count()).toBe(1);
    await expectNoAxeViolations(page);
  });
});
