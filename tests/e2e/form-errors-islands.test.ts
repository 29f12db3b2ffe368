import PocketBase from "pocketbase";
import { describe, expect, inject } from "vitest";
import { demoPassword, signInBySession } from "./browser.ts";
import { test } from "./fixtures.ts";
import { expectRefusedSummary, expectTabbingMarksNothing } from "./form-summary.ts";

/**
 * The island forms (pilot, evaluation): nothing is marked before the first submit; the first
 * refused submit focuses one summary that lists every marked field in form order, naming rows;
 * fixing a marked field takes its mark away as it changes.
 */
describe("island forms: errors after submit, in one summary", () => {
  const manager = "innovatie@zwolle.test";

  test("the pilot form: tabbing marks nothing, the summary lists every error with its row, a fix clears at once", async ({ page }) => {
    await signInBySession(page, manager);
    await page.goto("/pilots/nieuw");
    await page.waitForSelector("form[data-ready='true']");
    await expectTabbingMarksNothing(page, "#veld-title", 45);

    // An empty budget line has nothing wrong with it: give it an amount that does not parse.
    await page.locator("#veld-budget_lines-0-planned_cents").fill("veel");
    await page.getByRole("button", { name: "Pilot opslaan" }).click();
    const texts = await expectRefusedSummary(page, [/^Hypothese 1: vul /, /^Begrotingsregel 1: /, /^Risico 1: /]);
    expect(texts[0]).toMatch(/titel/i);

    // Fixing the title takes its mark away without another submit; the other marks stay.
    const marked = await page.locator("[aria-invalid='true']").count();
    await page.locator("#veld-title").fill("Een titel die past");
    await page.locator("#veld-title-fout").waitFor({ state: "detached" });
    expect(await page.locator("#veld-title").getAttribute("aria-invalid")).toBeNull();
    expect(await page.locator("[aria-invalid='true']").count()).toBe(marked - 1);

    // A second hypothesis with the same mistake is told apart by its row.
    await page.getByRole("button", { name: "Hypothese toevoegen" }).click();
    await page.getByRole("button", { name: "Pilot opslaan" }).click();
    await page.waitForFunction(() => document.querySelector(".error-summary")?.textContent?.includes("Hypothese 2:"));
    const again = await expectRefusedSummary(page, [/^Hypothese 1: /, /^Hypothese 2: /]);
    expect(again.some((text) => /titel/i.test(text))).toBe(false);
  });

  test("the pilot edit form: clearing two fields lists both, in form order", async ({ page }) => {
    const pb = new PocketBase(inject("pocketbaseUrl"));
    const auth = await pb.collection("users").authWithPassword(manager, demoPassword);
    const pilot = await pb.collection("pilots").create({
      municipality: auth.record.municipality,
      title: `Bewerken e2e ${Date.now()}`,
      summary: "Een pilot om de foutmeldingen van het bewerkformulier te beproeven.",
      problem: "Foutmeldingen in een andere volgorde dan het formulier laten mensen heen en weer springen.",
      target_group: "Medewerkers die een pilot bijwerken",
      domain: "wmo",
      stage: "ontwerp",
      visibility: "private",
    });
    await signInBySession(page, manager);
    await page.goto(`/pilots/${pilot.id}/bewerken`);
    await page.waitForSelector("form[data-ready='true']");
    await expectTabbingMarksNothing(page, "#veld-title", 15);
    await page.locator("#veld-target_group").fill("");
    await page.locator("#veld-title").fill("");
    await page.getByRole("button", { name: "Pilot opslaan" }).click();
    expect(await expectRefusedSummary(page)).toEqual(["Vul een titel in.", "Vul de doelgroep in."]);
  });

  test("the evaluation form: the summary names the measurement's row and lists every error at the first submit", async ({ page }) => {
    const pb = new PocketBase(inject("pocketbaseUrl"));
    const auth = await pb.collection("users").authWithPassword(manager, demoPassword);
    const pilot = await pb.collection("pilots").create({
      municipality: auth.record.municipality,
      title: `Formulieren e2e ${Date.now()}`,
      summary: "Een pilot om de foutmeldingen van het evaluatieformulier te beproeven.",
      problem: "Foutmeldingen die niet zeggen waar de fout zit, laten mensen zoeken.",
      target_group: "Medewerkers die evaluaties vastleggen",
      domain: "wmo",
      stage: "uitvoering",
      visibility: "private",
      start_date: "2026-01-01",
    });
    await pb.collection("hypotheses").create({
      pilot: pilot.id,
      statement: "Als de foutmelding de rij noemt, dan vinden mensen de fout sneller.",
      indicator: "minuten tot de fout gevonden is",
      direction: "omlaag",
      baseline: 5,
      target: 2,
    });

    await signInBySession(page, manager);
    await page.goto(`/pilots/${pilot.id}/evaluaties/nieuw`);
    await page.waitForSelector("form[data-ready='true']");
    await expectTabbingMarksNothing(page, "#veld-date", 20);

    await page.locator("#veld-date").fill("");
    await page.locator("#veld-measurements-0-value").fill("3");
    await page.getByRole("button", { name: "Evaluatie opslaan" }).click();
    const texts = await expectRefusedSummary(page, [/^Meting 1: /]);
    expect(texts.length).toBeGreaterThanOrEqual(4);

    await page.locator("#veld-observations").fill("Mensen vonden de fout in de lijst bovenaan en sprongen ernaartoe.");
    await page.locator("#veld-observations-fout").waitFor({ state: "detached" });
    expect(await page.locator("#veld-observations").getAttribute("aria-invalid")).toBeNull();
  });
});
