import { describe, expect, it } from "vitest";
import { client, createTenant, password, statusOf } from "./fixtures.ts";

/**
 * Attempts without signing in are limited per visitor (pb_hooks/attempt_limits.pb.js). The site
 * names its visitor in X-Forwarded-For; PocketBase believes that header from this machine only,
 * where the site runs. Addresses are from 203.0.113.0/24, reserved for documentation: no traffic
 * goes there. Each test takes its own addresses, as the counts live as long as the server.
 */
describe("sign-in attempts per visitor", () => {
  const attempt = (forwardedFor: string, email: string, secret: string) =>
    statusOf(
      client()
        .collection("users")
        .authWithPassword(email, secret, { headers: { "X-Forwarded-For": forwardedFor } }),
    );

  it("refuses the sixth attempt after five wrong passwords with 429, the right password included, for that visitor only", async () => {
    const email = (await createTenant()).users.manager.email as string;
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push(await attempt("203.0.113.7", email, "verkeerd-wachtwoord"));
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
    expect(await attempt("203.0.113.7", email, password)).toBe(429);
    expect(await attempt("203.0.113.8", email, password)).toBe(200);
  });

  it("limits a visitor the site names as this machine, as behind a proxy on the same host", async () => {
    const email = (await createTenant()).users.manager.email as string;
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push(await attempt("127.0.0.1", email, "verkeerd-wachtwoord"));
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
  });

  it("counts wrong passwords for unknown addresses as well", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push(await attempt("203.0.113.9", `niemand-${i}@test.proeftuin`, "verkeerd-wachtwoord"));
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
  });

  it("takes the last address of the header, so a client cannot change its turn by sending one of its own", async () => {
    const email = (await createTenant()).users.manager.email as string;
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push(await attempt(`198.51.100.${i}, 203.0.113.10`, email, "verkeerd-wachtwoord"));
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
  });

  it("never holds up people who sign in right, however many share an address", async () => {
    const tenant = await createTenant();
    const statuses: number[] = [];
    for (const user of [
      tenant.users.manager,
      tenant.users.director,
      tenant.users.colleague,
      tenant.users.manager,
      tenant.users.director,
      tenant.users.colleague,
      tenant.users.manager,
    ]) {
      statuses.push(await attempt("203.0.113.11", user.email as string, password));
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200]);
  });

  it("does not limit this machine's own tools, which name no visitor", async () => {
    const email = (await createTenant()).users.colleague.email as string;
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push(await statusOf(client().collection("users").authWithPassword(email, "verkeerd-wachtwoord")));
    expect(statuses).toEqual([400, 400, 400, 400, 400, 400, 400, 400]);
  });

  it("answers password-reset requests past the limit as for an unknown address, so the limit reveals no account", async () => {
    const email = (await createTenant()).users.colleague.email as string;
    const request = (address: string) =>
      statusOf(
        client()
          .collection("users")
          .requestPasswordReset(address, { headers: { "X-Forwarded-For": "203.0.113.12" } }),
      );
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push(await request(email));
    statuses.push(await request("niemand@test.proeftuin"));
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200]);
  });
});
