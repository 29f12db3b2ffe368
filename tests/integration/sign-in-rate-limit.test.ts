import { describe, expect, it } from "vitest";
import { client, createTenant, statusOf } from "./fixtures.ts";

/**
 * Sign-in attempts are limited per visitor: the site forwards the visitor's address, and the sixth
 * attempt within a minute from one address is refused, while another address is not affected.
 * (203.0.113.0/24 is an address range reserved for documentation; no traffic goes there.)
 */
describe("sign-in rate limit", () => {
  const attempt = (address: string, email: string, password: string) =>
    statusOf(client().collection("users").authWithPassword(email, password, { headers: { "X-Forwarded-For": address } }));

  it("refuses the sixth attempt within a minute from one address with 429", async () => {
    const tenant = await createTenant();
    const email = tenant.users.manager.email as string;
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push(await attempt("203.0.113.7", email, "verkeerd-wachtwoord"));
    expect(statuses.slice(0, 5)).toEqual([400, 400, 400, 400, 400]);
    expect(statuses[5]).toBe(429);
    // Even the right password is refused from that address for now…
    expect(await attempt("203.0.113.7", email, "fixture-password-123")).toBe(429);
    // …while another visitor signs in as usual.
    expect(await attempt("203.0.113.8", email, "fixture-password-123")).toBe(200);
  });

  it("does not limit the site's own calls from this machine", async () => {
    const tenant = await createTenant();
    const email = tenant.users.colleague.email as string;
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push(await statusOf(client().collection("users").authWithPassword(email, "verkeerd-wachtwoord")));
    expect(new Set(statuses)).toEqual(new Set([400]));
  });
});
