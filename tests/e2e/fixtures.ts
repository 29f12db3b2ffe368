import type { Browser, BrowserContext, ConsoleMessage, Page } from "playwright-core";
import { test as base } from "vitest";
import { baseUrl, launchBrowser } from "./browser.ts";

/**
 * The e2e tests' fixtures (vitest's test.extend):
 * - `browser`: one headless Chromium per test file, closed after the file;
 * - `newPage()`: a page in a fresh browser context (its own cookies) on the suite's app, as many as
 *   a test needs (two people editing at once); all of them are closed after the test;
 * - `page`: the first such page, for a test that needs one.
 * A console error or an uncaught script error on any of these pages fails the test, with the
 * messages, when the test ends.
 */

/** A page in a context of its own, and what its browser reported that a test must not leave unseen. */
export type WatchedPage = { page: Page; context: BrowserContext; errors: () => string[] };

const FAILED_STATUS = /^Failed to load resource: the server responded with a status of 4\d\d\b/;

/**
 * Browser errors whose cause lies in the app, not in the tests: each names that cause, and is left
 * for the app to fix (reported, not hidden). Matched narrowly, on the message and where it came
 * from, so that anything else still fails the test.
 */
const knownAppIssues: ReadonlyArray<{ text: RegExp; url: RegExp; cause: string }> = [
  {
    text: /^Failed to load resource: the server responded with a status of 404 \(Not Found\)$/,
    url: /\/favicon\.ico$/,
    cause:
      "a URL with malformed percent-encoding is answered with a bare 'Bad request.' (400, text, without the site's page or security headers), " +
      "so Chromium asks for /favicon.ico, which the site does not serve",
  },
];

/** Opens a page in a new context and watches its console and its scripts. */
export async function openPage(browser: Browser): Promise<WatchedPage> {
  const context = await browser.newContext({ baseURL: baseUrl(), locale: "nl-NL", viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const logged: Array<{ text: string; url: string; on: string }> = [];
  const scriptErrors: string[] = [];
  /** Documents the page opened that answered 4xx: a test that opens a refused or missing page on purpose checks that status itself. */
  const refusedDocuments = new Set<string>();
  page.on("response", (response) => {
    if (response.status() >= 400 && response.status() < 500 && response.request().isNavigationRequest())
      refusedDocuments.add(response.url());
  });
  page.on("console", (message: ConsoleMessage) => {
    if (message.type() === "error") logged.push({ text: message.text(), url: message.location().url, on: page.url() });
  });
  page.on("pageerror", (error) => scriptErrors.push(`script error on ${page.url()}: ${error.message}`));
  const errors = () => [
    ...logged
      // Chromium logs the 4xx status of such a document as a console error; any other failed load still counts.
      .filter(({ text, url }) => !(FAILED_STATUS.test(text) && refusedDocuments.has(url)))
      .filter(({ text, url, on }) => !knownAppIssues.some((issue) => issue.text.test(text) && issue.url.test(url || on)))
      .map(({ text, url, on }) => `console.error on ${on}: ${text}${url && url !== on ? ` (${url})` : ""}`),
    ...scriptErrors,
  ];
  return { page, context, errors };
}

export const test = base
  // biome-ignore lint/correctness/noEmptyPattern: vitest reads a fixture's dependencies from this pattern; the browser has none.
  .extend("browser", { scope: "file" }, async ({}, { onCleanup }) => {
    const browser = await launchBrowser();
    onCleanup(() => browser.close());
    return browser;
  })
  .extend("newPage", async ({ browser }, { onCleanup }) => {
    const opened: WatchedPage[] = [];
    onCleanup(async () => {
      const errors = opened.flatMap((watched) => watched.errors());
      await Promise.all(opened.map(({ context }) => context.close()));
      if (errors.length > 0) throw new Error(`The browser reported ${errors.length} error(s):\n- ${errors.join("\n- ")}`);
    });
    return async (): Promise<Page> => {
      const watched = await openPage(browser);
      opened.push(watched);
      return watched.page;
    };
  })
  .extend("page", async ({ newPage }) => newPage());
