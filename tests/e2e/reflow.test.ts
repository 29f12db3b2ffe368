import { describe, expect } from "vitest";
import { addSessionCookie } from "./browser.ts";
import { test } from "./fixtures.ts";
import { sidewaysOverflow } from "./layout-checks.ts";
import { findIds, type Ids, routeCases, visitorCookies } from "./routes.ts";

/**
 * Reflow (WCAG 1.4.10): at 320 CSS px wide no page scrolls sideways, for every route and every
 * visitor. A failure names the document's width and the elements that stick out.
 */
const WIDTH = 320;

describe("every route reflows at 320 px, for every role", () => {
  let ids: Ids;
  let cookies: Map<string, string>;

  test.beforeAll(async ({ browser }) => {
    ids = await findIds(browser);
    cookies = await visitorCookies();
  });

  test.for(routeCases)("as $role: $group", async ({ email, routes }, { page }) => {
    if (email) await addSessionCookie(page, cookies.get(email)!);
    await page.setViewportSize({ width: WIDTH, height: 800 });
    const failures: Record<string, string[]> = {};
    for (const route of routes(ids)) {
      await page.goto(route);
      const overflow = await sidewaysOverflow(page, WIDTH);
      if (overflow.length > 0) failures[route] = overflow;
    }
    expect(failures).toEqual({});
  });
});
