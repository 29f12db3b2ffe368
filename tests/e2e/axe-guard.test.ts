import { describe, expect } from "vitest";
import { expectNoAxeViolations } from "./browser.ts";
import { test } from "./fixtures.ts";

/** The accessibility check itself must be able to fail, or every green run above means nothing. */
describe("the axe-core check", () => {
  test("reports an unlabelled field and an image without text", async ({ page }) => {
    await page.setContent(
      '<html lang="nl"><head><title>x</title></head><body><main><input type="text"><img src="data:,"></main></body></html>',
    );
    const failure = await expectNoAxeViolations(page).then(
      () => null,
      (error: Error) => error.message,
    );
    expect(failure).toContain("label");
    expect(failure).toContain("image-alt");
  });
});
