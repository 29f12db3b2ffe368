import { describe, expect } from "vitest";
import type { Page } from "playwright-core";
import { baseUrl, expectNoAxeViolations, signInBySession } from "./browser.ts";
import { test } from "./fixtures.ts";

/** A manager logs a learning card; peers see it without testimonials or small samples; a directeur decides. */
describe("evaluations and the stage gate", () => {
  let pilotPath = "";
  const observation = `Waargenomen in de e2e-test ${Date.now()}`;

  async function openPilot(page: Page, title: string): Promise<string> {
    await page.goto(`/pilots?q=${encodeURIComponent(title)}`);
    const href = await page.locator(".pilot-card h2 a").first().getAttribute("href");
    expect(href).toMatch(/^\/pilots\/[a-z0-9]{15}$/);
    await page.goto(href!);
    return href!;
  }

  test("a manager logs an evaluation with a measurement, a testimonial and an attachment, and sees the verdict and the chart", async ({
    page,
  }) => {
    await signInBySession(page, "innovatie@oisterwijk.test");
    pilotPath = await openPilot(page, "Jongeren aan het werk");
    await page.getByRole("link", { name: "Evaluatie vastleggen" }).click();
    await page.waitForSelector("form[data-ready='true']");
    await expectNoAxeViolations(page);

    await page.getByLabel("Soort evaluatie").selectOption("tussentijds");
    await page.getByLabel("Wat heeft u waargenomen?").fill(observation);
    await page.getByLabel("Aantal deelnemers (niet verplicht)").fill("42");
    await page.locator("#veld-measurements-0-value").fill("71,5");
    await page.locator("#veld-measurements-0-sample_size").fill("42");
    await page.locator("#veld-measurements-0-period").fill("2026-11");
    await page.getByRole("button", { name: "Citaat toevoegen" }).click();
    await page.getByLabel("Citaat", { exact: true }).fill("Mijn coach belde me elke week, dat hield me erbij.");
    await page.getByLabel("Schuilnaam").fill("deelnemer K, 21 jaar");
    await page.getByLabel("Onderbouwing").fill("Het aandeel met werk stijgt; de coaching gaat door zoals gepland.");
    await page.locator("#veld-attachments").setInputFiles({
      name: "tussenrapportage.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4\n%e2e\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"),
    });

    // Without consent the testimonial is refused next to the checkbox; nothing typed is lost.
    await page.getByRole("button", { name: "Evaluatie opslaan" }).click();
    await page.getByRole("alert").waitFor();
    expect(await page.locator("#veld-testimonials-0-consent-fout").textContent()).toContain("toestemming");
    expect(await page.getByLabel("Wat heeft u waargenomen?").inputValue()).toBe(observation);
    await expectNoAxeViolations(page);

    await page.getByLabel("De deelnemer heeft toestemming gegeven voor dit citaat").check();
    await page.getByRole("button", { name: "Evaluatie opslaan" }).click();
    await page.waitForURL(/evaluatie=opgeslagen/);
    expect(await page.getByRole("status").first().textContent()).toContain("De evaluatie is opgeslagen");

    const card = page.locator(".learning-card", { hasText: observation });
    expect(await card.count()).toBe(1);
    expect(await card.textContent()).toContain("deelnemer K, 21 jaar");
    const attachment = card.getByRole("link", { name: /tussenrapportage.*\.pdf/ });
    const href = await attachment.getAttribute("href");
    const download = await page.request.get(`${baseUrl()}${href}`);
    expect(download.status()).toBe(200);
    expect((await download.body()).subarray(0, 8).toString()).toBe("%PDF-1.4");

    const hypothesis = page.locator("article.hypothesis").first();
    expect(await hypothesis.textContent()).toContain("november 2026");
    expect(await hypothesis.textContent()).toContain("71,5");
    expect(await hypothesis.textContent()).toMatch(/Voorstel op basis van de metingen(Bevestigd|Verworpen|Onbeslist|Open): /);
    // The owner sees every measurement: one dot per row of the table beside the chart, drawn on the
    // server (in the HTML as it arrives, no chart script needed).
    const rows = await hypothesis.locator("tbody tr").count();
    expect(rows).toBeGreaterThanOrEqual(2);
    const served = await (await page.request.get(page.url())).text();
    expect(served).toContain('<svg role="img" aria-label="Metingen van ');
    expect(await hypothesis.locator('.chart__static--wide g[data-mark="dot"] circle').count()).toBe(rows);
    // "Interactieve grafiek" loads recharts on the click and puts focus on the chart that replaces it.
    await hypothesis.getByRole("button", { name: "Interactieve grafiek" }).click();
    await hypothesis.locator(".recharts-surface").waitFor();
    expect(await hypothesis.locator(".recharts-line-dots .recharts-dot").count()).toBe(rows);
    expect(await hypothesis.locator(".chart__interactive").evaluate((element) => element === document.activeElement)).toBe(true);
    // By keyboard: the chart takes focus and the arrow keys step through the measurements.
    await page.keyboard.press("Tab");
    const surface = hypothesis.locator(".recharts-surface");
    expect(await surface.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press("ArrowRight");
    const tooltip = hypothesis.locator(".recharts-tooltip-wrapper");
    await tooltip.waitFor({ state: "visible" });
    expect(await tooltip.textContent()).toContain("Gemeten");
    await expectNoAxeViolations(page);
  });

  test("another municipality sees the evaluation but no testimonial, and small samples only as < 10", async ({ page }) => {
    expect(pilotPath).not.toBe("");
    await signInBySession(page, "innovatie@rotterdam.test");
    await page.goto(pilotPath);
    const main = await page.locator("main").textContent();
    expect(main).toContain(observation);
    expect(main).not.toContain("deelnemer K, 21 jaar");
    expect(main).not.toContain("Mijn coach belde me");
    expect(main).toContain("< 10");
    expect(main).toContain("niet getoond (minder dan 10 deelnemers)");
    const attachments = await page.request.get(`${baseUrl()}/bijlagen/aaaaaaaaaaaaaaa/x.pdf`);
    expect(attachments.status()).toBe(404);
    await expectNoAxeViolations(page);
  });

  test("a directeur records a stop decision only with a stop reason", async ({ page, newPage }) => {
    await signInBySession(page, "directie@zwolle.test");
    const path = await openPilot(page, "Vroegsignalering betalingsachterstanden");
    await page.getByRole("link", { name: "Besluit vastleggen" }).click();
    await page.waitForURL(/\/besluit$/);
    await expectNoAxeViolations(page);
    await page.getByLabel("Besluit", { exact: true }).selectOption("stoppen");
    await page.getByLabel("Onderbouwing").fill("De aanpak werkt, maar de gemeente kan de huisbezoeken niet blijven betalen.");
    await page.getByRole("button", { name: "Besluit vastleggen" }).click();
    expect(await page.locator("#veld-stop_reason-fout").textContent()).toContain("reden om te stoppen");
    expect(await page.getByLabel("Onderbouwing").inputValue()).toContain("huisbezoeken");
    await expectNoAxeViolations(page);

    await page
      .getByLabel("Reden om te stoppen")
      .fill("Geen structurele financiering na 2026; de vroegsignalering gaat op in het reguliere wijkteam.");
    await page.getByRole("button", { name: "Besluit vastleggen" }).click();
    await page.waitForURL(/besluit=opgeslagen/);
    const section = page.locator("section[aria-labelledby='besluit']");
    expect(await section.textContent()).toContain("Stoppen");
    expect(await section.textContent()).toContain("Geen structurele financiering");
    expect(await page.locator("main").textContent()).toContain("Fase" + "Besluit");
    expect(await page.getByRole("link", { name: "Verwijderen" }).count()).toBe(0);
    await expectNoAxeViolations(page);

    const manager = await newPage();
    await signInBySession(manager, "innovatie@zwolle.test");
    const response = await manager.goto(`${path}/besluit`);
    expect(response?.status()).toBe(403);
  });
});
