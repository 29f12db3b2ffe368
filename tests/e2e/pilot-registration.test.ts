import { describe, expect } from "vitest";
import { expectNoAxeViolations, signInBySession } from "./browser.ts";
import { test } from "./fixtures.ts";

/**
 * An innovatiemanager of Oisterwijk registers a private pilot through the form and finds it back;
 * a manager of Amsterdam and a visitor cannot see it.
 */
describe("registering a pilot", () => {
  let pilotPath = "";
  const title = `Werkfit in de wijk ${Date.now()}`;

  test("a manager creates a pilot with a hypothesis, a budget line and a risk, and finds it in the overview", async ({ page }) => {
    await signInBySession(page, "innovatie@oisterwijk.test");
    await page.goto("/pilots/nieuw");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Nieuwe pilot");
    await page.waitForSelector("form[data-ready='true']");
    await expectNoAxeViolations(page);

    await page.getByLabel("Titel").fill(title);
    await page.getByLabel("Samenvatting").fill("Jongeren zonder startkwalificatie krijgen een werkcoach in hun eigen wijk.");
    await page.getByLabel("Probleem").fill("Jongeren zonder startkwalificatie vinden moeilijk werk en raken uit beeld.");
    await page.getByLabel("Doelgroep").fill("Jongeren van 18 tot 27 jaar zonder startkwalificatie");
    await page.getByLabel("Domein").selectOption("participatie");
    await page.getByLabel("Fase").selectOption("uitvoering");
    await page.getByLabel("Wie mag de pilot zien?").selectOption("private");
    await page.getByLabel("Startdatum (niet verplicht)").fill("2026-01-01");
    await page.getByLabel("Einddatum (niet verplicht)").fill("2026-12-31");
    await page.getByLabel("Maatwerk").check();

    await page
      .getByLabel("Hypothese", { exact: true })
      .fill("Als wij een werkcoach in de wijk inzetten voor jongeren, dan verwachten wij dat meer van hen werk vinden.");
    await page.getByLabel("Indicator").fill("percentage met baan");
    await page.getByLabel("Eenheid (niet verplicht)").fill("%");
    await page.getByLabel("Nulmeting").fill("68");
    await page.getByLabel("Streefwaarde").fill("72");

    await page.getByLabel("Financieringsbron", { exact: true }).selectOption("rijk");
    await page.getByLabel("Jaar").fill("2026");
    await page.getByLabel("Begroot (€)").fill("500.000");
    await page.getByLabel("Besteed (€) (niet verplicht)").fill("125.000,50");
    const totals = page.locator("#begroting-totalen");
    // Amounts are shown in whole euros everywhere, the form's totals included.
    expect(await totals.locator("tbody tr").first().textContent()).toMatch(/Rijk.*500\.000.*125\.001/);

    await page.getByRole("button", { name: "Begrotingsregel toevoegen" }).click();
    await page.locator("#veld-budget_lines-1-source").selectOption("esf_plus");
    await page.locator("#veld-budget_lines-1-planned_cents").fill("250.000");
    expect(await totals.locator("tfoot").textContent()).toMatch(/750\.000/);

    await page.getByLabel("Risico", { exact: true }).fill("Weinig aanmeldingen van jongeren");
    await page.getByLabel("Categorie").selectOption("beperkte_resultaten");
    await page.getByLabel("Kans").selectOption("4");
    await page.getByLabel("Impact").selectOption("4");
    await page.getByLabel("Beheersmaatregel (niet verplicht)").fill("Regelmatig evalueren en bijsturen; werven via de jongerenwerkers.");

    // A wrong amount is refused next to the field, and nothing typed is lost.
    await page.locator("#veld-budget_lines-1-spent_cents").fill("veel");
    await page.getByRole("button", { name: "Pilot opslaan" }).click();
    const summary = page.getByRole("alert");
    await summary.waitFor();
    expect(await summary.textContent()).toContain("controleer de gemarkeerde velden");
    expect(await page.locator("#veld-budget_lines-1-spent_cents-fout").textContent()).toContain("in euro's");
    expect(await page.locator("#veld-budget_lines-1-spent_cents").getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByLabel("Titel").inputValue()).toBe(title);
    expect(await page.getByLabel("Nulmeting").inputValue()).toBe("68");
    expect(page.url()).toContain("/pilots/nieuw");
    await expectNoAxeViolations(page);

    await page.locator("#veld-budget_lines-1-spent_cents").fill("0");
    await page.getByRole("button", { name: "Pilot opslaan" }).click();
    await page.waitForURL(/\/pilots\/[a-z0-9]{15}\?opgeslagen=1$/);
    pilotPath = new URL(page.url()).pathname;

    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(title);
    const body = await page.locator("main").textContent();
    expect(body).toContain("percentage met baan");
    expect(body).toContain("Weinig aanmeldingen van jongeren");
    expect(body).toMatch(/Totaal.*750\.000.*125\.001/s);
    expect(body).toContain("16 (Hoog)");
    await expectNoAxeViolations(page);

    await page.goto(`/pilots?q=${encodeURIComponent("Werkfit in de wijk")}`);
    const links = page.getByRole("link", { name: title });
    expect(await links.count()).toBe(1);
    await expectNoAxeViolations(page);
  });

  test("a manager of another municipality and a visitor cannot see the private pilot", async ({ newPage }) => {
    expect(pilotPath).toMatch(/^\/pilots\/[a-z0-9]{15}$/);
    const other = await newPage();
    await signInBySession(other, "innovatie@amsterdam.test");
    const response = await other.goto(pilotPath);
    expect(response?.status()).toBe(404);
    expect(await other.getByRole("heading", { level: 1 }).textContent()).toBe("Pilot niet gevonden");
    expect(await other.locator("main").textContent()).not.toContain(title);
    await expectNoAxeViolations(other);
    await other.goto(`/pilots?q=${encodeURIComponent("Werkfit in de wijk")}`);
    expect(await other.getByRole("link", { name: title }).count()).toBe(0);

    const guest = await newPage();
    const guestResponse = await guest.goto(pilotPath);
    expect(guestResponse?.status()).toBe(404);
    expect(await guest.locator("main").textContent()).not.toContain(title);
  });
});
