import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect } from "vitest";
import { baseUrl, expectNoAxeViolations, signInBySession } from "./browser.ts";
import { test } from "./fixtures.ts";

const screenshots = fileURLToPath(new URL("../../test-results/", import.meta.url));

/** A directeur reviews the portfolio: heat map to risks, CSV export, report and audit trail. */
describe("the director's portfolio", () => {
  test("a directeur opens the portfolio, follows a heat-map cell to its risks, and downloads the CSV", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await signInBySession(page, "directie@rotterdam.test");
    await page.goto("/portfolio");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Portfolio van Rotterdam");
    const pilotCount = Number(await page.locator(".key-figures li").first().locator("strong").textContent());
    expect(pilotCount).toBeGreaterThan(0);
    // Charts hydrate when they come into view.
    await page.locator(".chart").first().scrollIntoViewIfNeeded();
    await page.locator(".recharts-surface").first().waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: `${screenshots}portfolio-1280x800.png` });
    await expectNoAxeViolations(page);

    const cell = page.locator("table.heat-map a").first();
    const cellCount = Number(await cell.locator(".heat__count").textContent());
    expect(cellCount).toBeGreaterThan(0);
    await cell.click();
    await page.waitForURL(/\/portfolio\/risicos\?kans=\d&impact=\d/);
    const params = new URL(page.url()).searchParams;
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
      `Risico's met kans ${params.get("kans")} en impact ${params.get("impact")}`,
    );
    expect(await page.locator("tbody tr").count()).toBe(cellCount);
    await expectNoAxeViolations(page);

    const csv = await page.request.get(`${baseUrl()}/portfolio/export.csv`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const text = (await csv.body()).toString("utf8");
    expect(text.startsWith("\uFEFFPilot;Fase;Besluit;Bewijskracht;Begroot Rijk (€);Besteed Rijk (€);")).toBe(true);
    const rows = text.trim().split("\r\n");
    expect(rows).toHaveLength(pilotCount + 1);
    const header = rows[0]!.replace("\uFEFF", "").split(";");
    const feijenoord = rows.find((row) => row.startsWith("Integrale wijkteams Feijenoord"))!.split(";");
    expect(feijenoord[header.indexOf("Fase")]).toBe("Besluit");
    expect(feijenoord[header.indexOf("Besluit")]).toBe("Opschalen");
    expect(Number(feijenoord[header.indexOf("Open risico's")])).toBeGreaterThan(0);
    expect(rows.some((row) => row.includes("Oisterwijk"))).toBe(false);
  });

  test("the report prints without charts and the audit trail filters by person", async ({ page }) => {
    await signInBySession(page, "directie@rotterdam.test");
    await page.goto("/portfolio/rapport");
    expect(await page.locator(".recharts-surface").count()).toBe(0);
    expect(await page.getByRole("heading", { name: "Risico's: kans × impact" }).count()).toBe(1);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".site-header").isVisible()).toBe(false);
    await page.emulateMedia({ media: "screen" });
    await expectNoAxeViolations(page);

    await page.goto("/portfolio/audit");
    const total = Number((await page.getByRole("status").textContent())?.match(/(\d+) wijzigingen/)?.[1]);
    expect(total).toBeGreaterThan(0);
    await page.getByLabel("Soort gegevens").selectOption("pilots");
    await page.getByRole("button", { name: "Filteren" }).click();
    await page.waitForURL(/soort=pilots/);
    const filtered = Number((await page.getByRole("status").textContent())?.match(/(\d+) wijzigingen/)?.[1]);
    expect(filtered).toBeLessThan(total);
    // Each line of that kind is a save of a pilot (tests/e2e/audit-trail.test.ts reads the sentences).
    expect((await page.locator("tbody td:nth-child(3)").allInnerTexts()).filter((text) => !text.includes("Pilot ‘"))).toEqual([]);
    await expectNoAxeViolations(page);
  });

  test("a collega and a visitor do not get the portfolio", async ({ newPage }) => {
    const colleague = await newPage();
    await signInBySession(colleague, "collega@zwolle.test");
    expect((await colleague.goto("/portfolio"))?.status()).toBe(403);
    expect((await colleague.goto("/portfolio/audit"))?.status()).toBe(403);
    const guest = await newPage();
    await guest.goto("/portfolio");
    expect(new URL(guest.url()).pathname).toBe("/inloggen");
  });
});
