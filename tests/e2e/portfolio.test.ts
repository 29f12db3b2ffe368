import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import PocketBase from "pocketbase";
import { describe, expect, inject } from "vitest";
import { baseUrl, demoPassword, expectNoAxeViolations, signInBySession } from "./browser.ts";
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
    // The charts are drawn on the server, a wide and a narrow drawing each: in the HTML as it arrives.
    const served = await (await page.request.get(page.url())).text();
    expect(served.match(/<svg role="img" aria-label="Pilots per fase"/g)).toHaveLength(2);
    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: `${screenshots}portfolio-1280x800.png` });
    await expectNoAxeViolations(page);
    // Recharts (and React) load on the click on "Interactieve grafiek", not before.
    const loaded = () =>
      page.evaluate(() => performance.getEntriesByType("resource").some((entry) => entry.name.includes("/mount-chart.")));
    expect(await loaded()).toBe(false);
    await page.locator(".chart").first().getByRole("button", { name: "Interactieve grafiek" }).click();
    await page.locator(".recharts-surface").first().waitFor();
    expect(await loaded()).toBe(true);

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

  test("the pipeline pages 25 pilots at a time with the filter kept, the report prints every row without charts, and the audit trail filters by person", async ({
    page,
  }) => {
    // 26 more ideas in one domain: that domain's pipeline no longer fits on one page. Removed again below.
    const pb = new PocketBase(inject("pocketbaseUrl"));
    pb.autoCancellation(false);
    const auth = await pb.collection("users").authWithPassword("innovatie@rotterdam.test", demoPassword);
    // One request and one transaction instead of 26.
    const batch = pb.createBatch();
    for (let i = 1; i <= 26; i++) {
      batch.collection("pilots").create({
        municipality: auth.record.municipality,
        title: `Idee voor de pijplijn ${String(i).padStart(2, "0")}`,
        summary: "Een idee om de pijplijn te vullen.",
        problem: "Het probleem van dit idee, kort beschreven.",
        target_group: "Inwoners van Rotterdam",
        domain: "participatie",
        stage: "idee",
        visibility: "private",
      });
    }
    const ideas = (await batch.send()).map((result) => (result.body as { id: string }).id);
    await signInBySession(page, "directie@rotterdam.test");
    try {
      await page.goto("/portfolio?domein=participatie");
      const pipeline = page.locator("section[aria-labelledby='pijplijn']");
      const caption = pipeline.locator("table caption");
      const inDomain = Number((await caption.textContent())?.match(/\(1–25 van (\d+) pilots\)/)?.[1]);
      expect(inDomain).toBeGreaterThanOrEqual(26);
      const firstRows = await pipeline.locator("tbody th").allInnerTexts();
      expect(firstRows).toHaveLength(25);
      await pipeline
        .getByRole("navigation", { name: "Pagina's van de pijplijn" })
        .getByRole("link", { name: "Volgende pagina" })
        .press("Enter");
      await page.waitForURL(/pijplijn=2/);
      expect(new URL(page.url()).searchParams.get("domein")).toBe("participatie");
      expect(await caption.textContent()).toContain(`(26–${Math.min(50, inDomain)} van ${inDomain} pilots)`);
      const nextRows = await pipeline.locator("tbody th").allInnerTexts();
      expect(nextRows).toHaveLength(Math.min(25, inDomain - 25));
      expect(nextRows.filter((title) => firstRows.includes(title))).toEqual([]);
      await expectNoAxeViolations(page);

      await page.goto("/portfolio/rapport?domein=participatie");
      expect(await page.locator("section[aria-labelledby='pijplijn'] tbody tr").count()).toBe(inDomain);
    } finally {
      const removal = pb.createBatch();
      for (const id of ideas) removal.collection("pilots").delete(id);
      await removal.send();
    }
    await page.goto("/portfolio/rapport");
    expect(await page.locator(".chart").count()).toBe(0);
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
