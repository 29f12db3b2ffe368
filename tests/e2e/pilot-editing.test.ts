import { describe, expect } from "vitest";
import { expectNoAxeViolations, signInBySession } from "./browser.ts";
import { test } from "./fixtures.ts";

/** A manager edits a stored pilot's rows, sees the change, and then deletes the pilot after confirming. */
describe("editing and deleting a pilot", () => {
  test("changes, removes and adds rows in one save, then deletes the pilot", async ({ page }) => {
    await signInBySession(page, "innovatie@zwolle.test");
    await page.goto("/pilots/nieuw");
    await page.waitForSelector("form[data-ready='true']");
    const title = `Schuldenvrij Zwolle ${Date.now()}`;
    await page.getByLabel("Titel").fill(title);
    await page.getByLabel("Samenvatting").fill("Vroeg signaleren van betalingsachterstanden en huisbezoek binnen een week.");
    await page.getByLabel("Probleem").fill("Huishoudens met schulden melden zich pas laat bij de gemeente.");
    await page.getByLabel("Doelgroep").fill("Huishoudens met betalingsachterstanden");
    await page
      .getByLabel("Hypothese", { exact: true })
      .fill("Als wij binnen een week op huisbezoek gaan, dan verwachten wij minder huisuitzettingen.");
    await page.getByLabel("Indicator").fill("huisuitzettingen per jaar");
    await page.getByLabel("Nulmeting").fill("40");
    await page.getByLabel("Streefwaarde").fill("30");
    await page.getByLabel("Richting").selectOption("omlaag");
    await page.getByLabel("Begroot (€)").fill("80.000");
    await page.getByLabel("Risico", { exact: true }).fill("Privacy bij gegevensdeling");
    await page.getByLabel("Categorie").selectOption("privacy");
    await page.getByRole("button", { name: "Pilot opslaan" }).click();
    await page.waitForURL(/\/pilots\/[a-z0-9]{15}\?opgeslagen=1$/);
    const path = new URL(page.url()).pathname;

    await page.goto(`${path}/bewerken`);
    await page.waitForSelector("form[data-ready='true']");
    expect(await page.getByLabel("Nulmeting").inputValue()).toBe("40");
    expect(await page.getByLabel("Begroot (€)").inputValue()).toBe("80.000");
    await page.getByLabel("Streefwaarde").fill("25");
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Verwijder risico 1" }).click();
    expect(await page.getByLabel("Risico", { exact: true }).count()).toBe(0);
    await page.getByRole("button", { name: "Hypothese toevoegen" }).click();
    await page
      .locator("#veld-hypotheses-1-statement")
      .fill("Als wij schuldeisers vroeg betrekken, dan verwachten wij meer betalingsregelingen.");
    await page.locator("#veld-hypotheses-1-indicator").fill("betalingsregelingen");
    await page.locator("#veld-hypotheses-1-baseline").fill("10");
    await page.locator("#veld-hypotheses-1-target").fill("20");
    await page.getByRole("button", { name: "Pilot opslaan" }).click();
    await page.waitForURL(/\?opgeslagen=1$/);

    const main = page.locator("main");
    expect(await page.getByRole("status").textContent()).toContain("De pilot is opgeslagen");
    expect(await main.textContent()).toContain("betalingsregelingen");
    expect(await main.textContent()).toContain("Nog geen risico's vastgelegd");
    const hypotheses = page.locator("section[aria-labelledby='hypothesen'] article.hypothesis");
    expect(await hypotheses.count()).toBe(2);
    expect(await hypotheses.first().textContent()).toMatch(/Nulmeting40.*Streefwaarde25/s);

    await page.getByRole("link", { name: "Verwijderen" }).click();
    await page.waitForURL(/\/verwijderen$/);
    await page.getByRole("button", { name: "Ja, definitief verwijderen" }).click();
    await page.waitForURL(/\/pilots\?verwijderd=1$/);
    expect(await page.getByRole("status").first().textContent()).toContain("De pilot is verwijderd");
    await expectNoAxeViolations(page);
    const gone = await page.goto(path);
    expect(gone?.status()).toBe(404);
  });

  test("two people edit the same pilot: the second save is refused with an offer to reload, nothing is overwritten", async ({
    newPage,
  }) => {
    const first = await newPage();
    const second = await newPage();
    await signInBySession(first, "innovatie@rotterdam.test");
    await signInBySession(second, "directie@rotterdam.test");
    await first.goto(`/pilots?q=${encodeURIComponent("Doorbraakbudget")}`);
    await first.locator(".pilot-card h2 a").first().click();
    const path = new URL(first.url()).pathname;
    for (const page of [first, second]) {
      await page.goto(`${path}/bewerken`);
      await page.waitForSelector("form[data-ready='true']");
    }
    await first.getByLabel("Doelgroep").fill("Huishoudens met meervoudige problemen in Delfshaven (bijgewerkt)");
    await first.getByRole("button", { name: "Pilot opslaan" }).click();
    await first.waitForURL(/opgeslagen=1/);

    await second.getByLabel("Doelgroep").fill("Een andere doelgroep van de directeur");
    await second.getByRole("button", { name: "Pilot opslaan" }).click();
    const alert = second.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("iemand anders heeft deze pilot intussen gewijzigd");
    expect(await second.getByRole("link", { name: /laad het formulier opnieuw/ }).getAttribute("href")).toBe(`${path}/bewerken`);
    expect(await second.getByLabel("Doelgroep").inputValue()).toBe("Een andere doelgroep van de directeur");
    await expectNoAxeViolations(second);

    await first.goto(path);
    expect(await first.locator("main").textContent()).toContain("(bijgewerkt)");
  });
});
