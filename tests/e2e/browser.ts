import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
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

export const demoPassword = "proeftuin-demo";

export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(demoPassword);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/inloggen"));
}

/** Signs in over HTTP, as the sign-in form posts, and returns the session cookie ("pb_auth=…"). */
export async function sessionCookie(email: string): Promise<string> {
  const response = await fetch(`${baseUrl()}/inloggen`, {
    method: "POST",
    headers: { origin: baseUrl(), "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, password: demoPassword }),
    redirect: "manual",
  });
  const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  if (response.status !== 303 || !cookie.startsWith("pb_auth="))
    throw new Error(`Signing in as ${email} answered ${response.status} without a session cookie.`);
  return cookie;
}

/**
 * Signs the page's browser context in without the sign-in page: for a test whose subject comes after
 * signing in (it opens its own page next). signIn() above is the journey through the form.
 */
export async function signInBySession(page: Page, email: string): Promise<void> {
  await addSessionCookie(page, await sessionCookie(email));
}

/** Gives the page's browser context a session cookie from sessionCookie(), so the page opens signed in. */
export async function addSessionCookie(page: Page, cookie: string): Promise<void> {
  const separator = cookie.indexOf("=");
  await page
    .context()
    .addCookies([
      { name: cookie.slice(0, separator), value: cookie.slice(separator + 1), url: baseUrl(), httpOnly: true, sameSite: "Lax" },
    ]);
}

/** Runs axe-core for WCAG 2.1 A and AA on the page as it is now and fails with a readable list. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const violations = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} – ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
  if (violations.length > 0) throw new Error(`axe-core violations on ${page.url()}:\n- ${violations.join("\n- ")}`);
}

/** What the sign-in page answered a wrong or right password with, in a word: for tables of attempts. */
export async function signInAnswer(response: Response): Promise<string> {
  const html = await response.text();
  if (html.includes("Te veel inlogpogingen")) return "te veel";
  if (html.includes("klopt niet")) return "klopt niet";
  return `status ${response.status}`;
}

/** Nine wrong passwords in a row from one visitor: refused as wrong five times, then as too many. */
export const fiveWrongThenTooMany = [...Array(5).fill("klopt niet"), ...Array(4).fill("te veel")];
