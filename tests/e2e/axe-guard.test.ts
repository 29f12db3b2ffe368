import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { expectNoAxeViolations, launchBrowser } from "./browser.ts";

/** The accessibility check itself must be able to fail, or every green run above means nothing. */
describe("the axe-core check", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("reports an unlabelled field and an image without text", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setContent('<html lang="nl"><head><title>x</title></head><body><main><input type="text"><img src="data:,"></main></body></html>');
    const failure = await expectNoAxeViolations(page).then(() => null, (error: Error) => error.message);
    expect(failure).toContain("label");
    expect(failure).toContain("image-alt");
    await context.close();
  });
});
