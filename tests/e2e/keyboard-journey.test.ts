import { describe, expect } from "vitest";
import type { Page } from "playwright-core";
import { test } from "./fixtures.ts";

/**
 * One journey with the keyboard alone: sign in, register a pilot, log an evaluation. Focus moves
 * with Tab only; fields are filled by typing; buttons and links are used with Enter.
 */
async function tabTo(page: Page, name: string | RegExp, maxTabs = 250): Promise<void> {
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element) return "";
      const labelled = (element as HTMLInputElement).labels?.[0]?.textContent;
      return (labelled ?? element.getAttribute("aria-label") ?? element.textContent ?? "").trim();
    });
    if (typeof name === "string" ? focused === name : name.test(focused)) return;
  }
  throw new Error(`Tab never reached "${String(name)}" on ${page.url()}`);
}

describe("a journey with the keyboard alone", () => {
  test("signs in, registers a pilot and logs an evaluation without a mouse", async ({ page }) => {
    const title = `Toetsenbordpilot ${Date.now()}`;
    await page.goto("/inloggen");
    await tabTo(page, "E-mailadres");
    await page.keyboard.type("innovatie@amsterdam.test");
    await tabTo(page, "Wachtwoord");
    await page.keyboard.type("proeftuin-demo");
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => !url.pathname.startsWith("/inloggen"));

    await tabTo(page, "Nieuwe pilot");
    await page.keyboard.press("Enter");
    await page.waitForSelector("form[data-ready='true']");
    await tabTo(page, "Titel");
    await page.keyboard.type(title);
    await tabTo(page, "Samenvatting");
    await page.keyboard.type("Bewoners regelen hun schulden samen met een vaste consulent.");
    await tabTo(page, "Probleem");
    await page.keyboard.type("Schulden stapelen zich op voordat iemand hulp vraagt.");
    await tabTo(page, "Doelgroep");
    await page.keyboard.type("Huishoudens met betalingsachterstanden");
    await tabTo(page, "Hypothese");
    await page.keyboard.type(
      "Als wij een vaste consulent inzetten voor huishoudens, dan verwachten wij meer huishoudens zonder achterstand.",
    );
    await tabTo(page, "Indicator");
    await page.keyboard.type("huishoudens zonder achterstand");
    await tabTo(page, "Nulmeting");
    await page.keyboard.type("90");
    await tabTo(page, "Streefwaarde");
    await page.keyboard.type("120");
    await tabTo(page, "Verwijder risico 1");
    await page.keyboard.press("Enter");
    await tabTo(page, "Pilot opslaan");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/pilots\/[a-z0-9]{15}\?opgeslagen=1$/);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(title);

    await tabTo(page, "Evaluatie vastleggen");
    await page.keyboard.press("Enter");
    await page.waitForSelector("form[data-ready='true']");
    await tabTo(page, "Wat heeft u waargenomen?");
    await page.keyboard.type("De eerste huishoudens kwamen via de woningcorporatie binnen.");
    await tabTo(page, "Onderbouwing");
    await page.keyboard.type("Het bereik is goed; we gaan door en meten over drie maanden.");
    await tabTo(page, "Evaluatie opslaan");
    await page.keyboard.press("Enter");
    await page.waitForURL(/evaluatie=opgeslagen/);
    expect(await page.locator(".learning-card").first().textContent()).toContain("via de woningcorporatie binnen");
  });
});
