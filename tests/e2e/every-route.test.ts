import { describe, expect } from "vitest";
import { addSessionCookie, expectNoAxeViolations } from "./browser.ts";
import { test } from "./fixtures.ts";
import { sidewaysOverflow } from "./layout-checks.ts";
import { findIds, type Ids, routeCases, visitorCookies } from "./routes.ts";

/**
 * Every route of the site as each kind of visitor sees it (including the refusals and redirects
 * they get): it reflows at 320 CSS px without scrolling sideways (WCAG 1.4.10; a failure names the
 * elements that stick out), and has no axe-core violations at WCAG 2.1 A and AA at desktop width.
 * Both checks share one visit per route, which keeps the suite inside its time. One test per
 * visitor and group of routes, so that no test comes near its time limit on a slow machine.
 */
const NARROW = { width: 320, height: 800 };
const DESKTOP = { width: 1280, height: 900 };

describe("every route, for every role", () => {
  let ids: Ids;
  let cookies: Map<string, string>;

  test.beforeAll(async ({ browser }) => {
    ids = await findIds(browser);
    cookies = await visitorCookies();
  });

  test.for(routeCases)("as $role: $group", async ({ email, routes }, { page }) => {
    if (email) await addSessionCookie(page, cookies.get(email)!);
    const failures: string[] = [];
    const checked = new Set<string>();
    for (const route of routes(ids)) {
      await page.setViewportSize(NARROW);
      const response = await page.goto(route);
      const status = response?.status() ?? 0;
      if (status >= 500) failures.push(`${route}: status ${status}`);
      // A route that redirects to a page already checked (sign-in, for a guest) needs no second look,
      // nor does a refusal (403, 404) when this visitor's refusal page with that status was checked.
      const refusal = status === 403 || status === 404;
      const landed = refusal ? `refusal#${status}` : `${new URL(page.url()).pathname}#${status}`;
      if (checked.has(landed) && (refusal || !page.url().endsWith(route))) continue;
      checked.add(landed);
      const overflow = await sidewaysOverflow(page, NARROW.width);
      if (overflow.length > 0) failures.push(`${route} at ${NARROW.width} px: ${overflow.join("; ")}`);
      await page.setViewportSize(DESKTOP);
      try {
        await expectNoAxeViolations(page);
      } catch (error) {
        failures.push(`${route}: ${(error as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
