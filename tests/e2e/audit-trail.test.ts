import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect } from "vitest";
import { expectNoAxeViolations, signInBySession } from "./browser.ts";
import { test } from "./fixtures.ts";

const screenshots = fileURLToPath(new URL("../../test-results/", import.meta.url));
/** A cell's text as it reads, on one line: line breaks and no-break spaces as one space. */
const text = (content: string) => content.replace(/[\s\u00a0]+/g, " ").trim();

/** The audit trail as a directeur reads it: sentences with names, old → new, stage-gate marks and links. */
describe("the audit trail a council can read", () => {
  test("a decision reads as one marked line that links to its pilot", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await signInBySession(page, "directie@rotterdam.test");
    await page.goto("/portfolio/audit");
    await page.getByLabel("Soort gegevens").selectOption("decisions");
    await page.getByRole("button", { name: "Filteren" }).click();
    await page.waitForURL(/soort=decisions/);

    const title = "Integrale wijkteams Feijenoord: één huishouden, één plan";
    const line = page.locator("tbody tr", { hasText: title }).first();
    const [what = ""] = (await line.locator("td").nth(2).allInnerTexts()).map(text);
    expect(what).toContain(`Beslismoment Besluit vastgelegd: Opschalen, voor pilot ‘${title}’:`);
    expect(what).toContain("Fase Evaluatie → Besluit");
    expect(await line.locator("time").getAttribute("datetime")).toMatch(/^\d{4}-\d\d-\d\dT/);
    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: `${screenshots}audit-trail-1280x800.png`, fullPage: true });
    await expectNoAxeViolations(page);

    await line.getByRole("link", { name: title }).click();
    await page.waitForURL(/\/pilots\/[a-z0-9]{15}$/);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(title);
  });

  test("a new pilot reads as one line naming its rows, with amounts in euros", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await signInBySession(page, "directie@rotterdam.test");
    await page.goto("/portfolio/audit?soort=budget_lines");
    const what = (await page.locator("tbody td:nth-child(3)").allInnerTexts()).map(text);
    expect(what.length).toBeGreaterThan(0);
    // The demo network's pilots were each saved with their rows at once: one line per pilot.
    await page.screenshot({ path: `${screenshots}audit-trail-budget-lines.png`, fullPage: true });
    // Other tests of the suite may have edited a Rotterdam pilot's budget since: those lines say "bijgewerkt".
    const created = what.filter((sentence) => / aangemaakt: /.test(sentence));
    expect(created.length).toBeGreaterThan(0);
    for (const sentence of created) expect(sentence).toMatch(/^Pilot ‘.+’ aangemaakt: .*begrotingsregels? toegevoegd: ‘.+’ \(Begroot € \d/);
    await expectNoAxeViolations(page);
  });
});
