import { describe, expect } from "vitest";
import { openPage, test } from "./fixtures.ts";

/** The check for browser errors (tests/e2e/fixtures.ts) must be able to fail, or its silence means nothing. */
describe("the browser-error check", () => {
  test("reports a console error and an uncaught script error, but not the status of a page opened on purpose", async ({ browser }) => {
    const { page, context, errors } = await openPage(browser);
    const missing = await page.goto("/bestaat-niet");
    expect(missing?.status()).toBe(404);
    await page.evaluate(() => console.error("kapot"));
    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error("onverwacht");
      });
    });
    await expect.poll(() => errors().length).toBe(2);
    expect(errors()).toEqual([expect.stringContaining(": kapot"), expect.stringContaining(": onverwacht")]);
    await context.close();
  });
});
