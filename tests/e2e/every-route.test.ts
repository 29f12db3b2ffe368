import { describe, expect } from "vitest";
import { addSessionCookie, expectNoAxeViolations } from "./browser.ts";
import { test } from "./fixtures.ts";
import { findIds, type Ids, routeCases, visitorCookies } from "./routes.ts";

/**
 * Every route of the site as each kind of visitor sees it (including the refusals and redirects
 * they get), with no axe-core violations at WCAG 2.1 A and AA. One test per visitor and group of
 * routes, so that no test comes near its time limit on a slow machine.
 */
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
      const response = await page.goto(route);
      const status = response?.status() ?? 0;
      if (status >= 500) failures.push(`${route}: status ${status}`);
      // A route that redirects to a page already checked (sign-in, for a guest) needs no second look.
      const landed = `${new URL(page.url()).pathname}#${status}`;
      if (checked.has(landed) && !page.url().endsWith(route)) continue;
      checked.add(landed);
      try {
        await expectNoAxeViolations(page);
      } catch (error) {
        failures.push(`${route}: ${(error as Error).message}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
