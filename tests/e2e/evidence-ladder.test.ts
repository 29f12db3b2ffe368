import { describe, expect } from "vitest";
import { expectNoAxeViolations, signInBySession } from "./browser.ts";
import { test } from "./fixtures.ts";

/**
 * The evidence ladder through the forms: an adopted copy starts on no rung and replaces the
 * original's local facts before it goes into practice (the form says so at the fields), the
 * original shows its adopters, and the evaluation form takes a comparison group, both or neither.
 */
describe("the evidence ladder, honestly earned", () => {
  const original = "Vroegsignalering betalingsachterstanden: van brief naar voordeur";
  let copyPath = "";

  test("an adopter replaces the target group and baselines before the copy goes into practice", async ({ page }) => {
    await signInBySession(page, "innovatie@amsterdam.test");
    await page.goto(`/pilots?q=${encodeURIComponent(original)}`);
    await page.getByRole("link", { name: original, exact: true }).click();
    const originalPath = new URL(page.url()).pathname;
    // Zwolle compared with the households that got a letter, and Oisterwijk confirmed it in its own copy.
    expect(await page.locator("section[aria-labelledby='bewijskracht']").textContent()).toContain(
      "Deze pilot is effectief: sterke aanwijzingen",
    );
    await page.getByRole("link", { name: "Overnemen voor mijn gemeente" }).click();
    await page.getByRole("button", { name: "Overnemen" }).click();
    await page.waitForURL(/overgenomen=1/);
    copyPath = new URL(page.url()).pathname;
    const main = page.locator("main");
    expect(await main.textContent()).toContain("Vervang de doelgroep en nulmetingen door die van uw gemeente");
    expect(await page.locator("section[aria-labelledby='bewijskracht']").textContent()).toContain("staat nog niet op de ladder");
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Bewerken" }).click();
    await page.waitForSelector("form[data-ready='true']");
    expect(await page.getByRole("note").textContent()).toContain("Vervang de doelgroep en nulmetingen");
    await page.getByLabel("Fase").selectOption("uitvoering");
    await page.getByRole("button", { name: "Pilot opslaan" }).click();
    await page.getByRole("alert").waitFor();
    expect(await page.locator("#veld-stage-fout").textContent()).toContain("vervang eerst de doelgroep en de nulmetingen");
    expect(await page.locator("#veld-target_group-fout").textContent()).toContain("nog de doelgroep van de oorspronkelijke pilot");
    expect(await page.locator("#veld-hypotheses-0-baseline-fout").textContent()).toContain("nog de nulmeting van de oorspronkelijke pilot");
    await expectNoAxeViolations(page);

    await page.getByLabel("Doelgroep").fill("Huishoudens in Amsterdam-Noord met een betalingsachterstand bij huur of energie");
    for (const [index, baseline] of ["11", "70", "21000"].entries())
      await page.locator(`#veld-hypotheses-${index}-baseline`).fill(baseline);
    await page.getByRole("button", { name: "Pilot opslaan" }).click();
    await page.waitForURL(/\?opgeslagen=1$/);
    expect(await main.textContent()).toContain("FaseUitvoering");
    expect(await main.textContent()).not.toContain("Vervang de doelgroep en nulmetingen");

    // The original names its adopters; this one's own copy is readable, so it is a link.
    await page.goto(originalPath);
    const adopters = page.locator("section[aria-labelledby='overnames']");
    // Oisterwijk's public copy is a link too; this one is found by its address.
    expect(await adopters.locator(`a[href="${copyPath}"]`).textContent()).toBe(`${original} (overgenomen)`);
    // Oisterwijk's copy is public in the demo (it joins the intervention's public pool): both copies are links, none is hidden.
    expect(await adopters.getByRole("link", { name: `${original} (overgenomen)` }).count()).toBe(2);
    expect(await adopters.textContent()).not.toContain("alleen zichtbaar voor de gemeente");
  });

  test("the evaluation form takes a comparison group only with both its value and its size", async ({ page }) => {
    expect(copyPath).not.toBe("");
    await signInBySession(page, "innovatie@amsterdam.test");
    await page.goto(`${copyPath}/evaluaties/nieuw`);
    await page.waitForSelector("form[data-ready='true']");
    await page.getByLabel("Wat heeft u waargenomen?").fill("Bij 80 bezochte huishoudens accepteerde een op de vijf hulp.");
    await page.locator("#veld-measurements-0-value").fill("20");
    await page.locator("#veld-measurements-0-sample_size").fill("80");
    await page.locator("#veld-measurements-0-period").fill("2026-11");
    await page.locator("#veld-measurements-0-comparison_value").fill("10");
    await page.getByLabel("Onderbouwing").fill("De hulpacceptatie stijgt ten opzichte van de brief.");
    await page.getByRole("button", { name: "Evaluatie opslaan" }).click();
    await page.getByRole("alert").waitFor();
    expect(await page.locator("#veld-measurements-0-comparison_sample_size-fout").textContent()).toContain(
      "Vul ook het aantal deelnemers in de vergelijkingsgroep in",
    );
    await expectNoAxeViolations(page);

    await page.getByLabel("Aantal deelnemers vergelijkingsgroep (niet verplicht)").first().fill("64");
    await page.getByRole("button", { name: "Evaluatie opslaan" }).click();
    await page.waitForURL(/evaluatie=opgeslagen/);
    const table = page.locator("article.hypothesis").first().locator("table");
    expect(await table.textContent()).toMatch(/Vergelijkingsgroep.*Deelnemers vergelijkingsgroep/s);
    expect(await table.locator("tbody tr").first().textContent()).toMatch(/10\s?%.*64/s);
    await expectNoAxeViolations(page);
  });
});
