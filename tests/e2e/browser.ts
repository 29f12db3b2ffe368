import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";
import { inject } from "vitest";

const CHROMIUM = "/usr/bin/chromium";

/** Debian's Chromium, headless. A missing browser fails the suite: it is never skipped. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium).`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
}

export const baseUrl = () => inject("baseUrl");

export async function newPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: baseUrl(), locale: "nl-NL", viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on("pageerror", (error) => {
    throw new Error(`Script error on ${page.url()}: ${error.message}`);
  });
  return { context, page };
}

export const demoPassword = "proeftuin-demo";

export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(demoPassword);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/inloggen"));
}

/** Runs axe-core for WCAG 2.1 A and AA on the page as it is now and fails with a readable list. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const violations = results.violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.help} – ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
  if (violations.length > 0) throw new Error(`axe-core violations on ${page.url()}:\n- ${violations.join("\n- ")}`);
}
