import PocketBase from "pocketbase";
import { describe, expect, inject } from "vitest";
import { baseUrl, demoPassword, expectNoAxeViolations, signInBySession } from "./browser.ts";
import { test } from "./fixtures.ts";

/**
 * The directeur's decision loop, end to end, as Amsterdam's directeur: an end evaluation moves the
 * pilot to Evaluatie, the portfolio's "Aandacht nodig" says "Besluit nodig" and links to the decision
 * page, which first asks for a lesson (prefilled from the end evaluation), then records the
 * decision with a memo; the pilot page names who decided and when, and the audit trail reads it.
 */
describe("the directeur's decision loop", () => {
  const director = "directie@amsterdam.test";
  const directorName = "Ricardo Pinas";
  const title = `Buurtbudget e2e ${Date.now()}`;
  const worked = "De vaste contactpersoon in de buurt maakte het verschil voor bewoners.";

  /** A private pilot in uitvoering with one hypothesis, made through the API (this test is about what follows). */
  async function runningPilot(): Promise<string> {
    const pb = new PocketBase(inject("pocketbaseUrl"));
    const auth = await pb.collection("users").authWithPassword(director, demoPassword);
    const pilot = await pb.collection("pilots").create({
      municipality: auth.record.municipality,
      title,
      summary: "Bewoners besteden samen een buurtbudget aan wat hun buurt nodig heeft.",
      problem: "Bewoners voelen zich niet gehoord bij de besteding van het sociaal-domeinbudget in hun buurt.",
      target_group: "Bewoners van een Amsterdamse buurt",
      domain: "wonen",
      principles: ["burgerparticipatie"],
      stage: "uitvoering",
      visibility: "private",
      start_date: "2026-01-01",
    });
    await pb.collection("hypotheses").create({
      pilot: pilot.id,
      statement: "Als bewoners zelf beslissen, dan voelen meer bewoners zich gehoord.",
      indicator: "percentage bewoners dat zich gehoord voelt",
      unit: "%",
      direction: "omhoog",
      baseline: 30,
      target: 45,
    });
    return `/pilots/${pilot.id}`;
  }

  test("end evaluation → Besluit nodig → lesson first → decision with memo → readable audit line", async ({ page }) => {
    const pilotPath = await runningPilot();
    await signInBySession(page, director);

    // 1. The end evaluation moves the pilot to the stage Evaluatie.
    await page.goto(pilotPath);
    await page.getByRole("link", { name: "Evaluatie vastleggen", exact: true }).click();
    await page.waitForSelector("form[data-ready='true']");
    await page.getByLabel("Soort evaluatie").selectOption("eind");
    await page.getByLabel("Wat heeft u waargenomen?").fill("Bewoners kwamen op elke buurtavond en kozen zelf zes projecten.");
    await page.getByLabel("Wat werkte? (niet verplicht)").fill(worked);
    await page.getByLabel("Wat stelt deze evaluatie voor?").selectOption("opschalen");
    await page.getByLabel("Onderbouwing").fill("Meer bewoners voelen zich gehoord; we willen dit in meer buurten doen.");
    await page.getByRole("button", { name: "Evaluatie opslaan" }).click();
    await page.waitForURL(/evaluatie=opgeslagen/);
    expect(await page.locator("main dl").first().textContent()).toContain("FaseEvaluatie");

    // 2. The portfolio's attention list asks for the decision and links to it.
    await page.goto("/portfolio");
    const attention = page.locator("section", { has: page.getByRole("heading", { name: "Aandacht nodig" }) });
    const item = attention.locator("li", { hasText: title }).first();
    expect(await item.textContent()).toContain("Besluit nodig");
    await expectNoAxeViolations(page);
    await item.getByRole("link", { name: "Besluit vastleggen" }).click();
    await page.waitForURL(new RegExp(`${pilotPath}/besluit$`));

    // 3. No lesson yet: the decision page says so and offers the lesson, drafted from the end evaluation.
    expect(await page.getByRole("status").textContent()).toContain("Leg eerst minstens één les uit deze pilot vast");
    expect(await page.getByRole("button", { name: "Besluit vastleggen" }).count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Les vastleggen" }).click();
    await page.waitForURL(/\/lessen\/nieuw\?/);
    expect(await page.getByLabel("Titel").inputValue()).toBe(`Les uit ${title}`);
    const body = page.getByLabel("De les", { exact: false }).first();
    expect(await body.inputValue()).toContain(worked);
    await body.fill(
      `${await body.inputValue()}\n\nVoor andere gemeenten: begin met een vaste contactpersoon per buurt en geef bewoners vanaf de eerste avond zeggenschap over een echt budget.`,
    );
    await page.getByRole("button", { name: "Les opslaan" }).click();
    await page.waitForURL(/\/lessen\/[a-z0-9]{15}\?opgeslagen=1/);

    // 4. Now the decision: prefilled with the evaluation's proposal, with a memo attached.
    await page.goto(`${pilotPath}/besluit`);
    await expectNoAxeViolations(page);
    expect(await page.getByLabel("Besluit", { exact: true }).inputValue()).toBe("opschalen");
    await page.getByLabel("Onderbouwing").fill("Het buurtbudget werkt: in 2027 naar drie buurten, met dezelfde opzet.");
    await page.getByLabel("Collegebesluit of memo (niet verplicht)").setInputFiles({
      name: "collegebesluit.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4\n%e2e\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"),
    });
    await page.getByRole("button", { name: "Besluit vastleggen" }).click();
    await page.waitForURL(/besluit=opgeslagen/);
    const section = page.locator("section[aria-labelledby='besluit']");
    // A decision is a moment, shown as the day it was in the Netherlands (src/domain/dates.ts): after 23:00 UTC that is tomorrow.
    const today = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Amsterdam" }).format(
      new Date(),
    );
    expect(await section.textContent()).toContain(`Besluit: Opschalen, ${today}, door ${directorName}`);
    const memo = section.getByRole("link", { name: /collegebesluit.*\.pdf/ });
    const download = await page.request.get(`${baseUrl()}${await memo.getAttribute("href")}`);
    expect(download.status()).toBe(200);
    expect((await download.body()).subarray(0, 8).toString()).toBe("%PDF-1.4");
    await expectNoAxeViolations(page);

    // 5. The audit trail names the pilot, links to it and marks the decision.
    await page.goto("/portfolio/audit");
    const line = page.locator("tr, li", { hasText: "Opschalen" }).filter({ hasText: title }).first();
    expect(await line.textContent()).toContain("Besluit");
    expect(await line.getByRole("link", { name: title }).getAttribute("href")).toBe(pilotPath);
    await expectNoAxeViolations(page);
  });
});
