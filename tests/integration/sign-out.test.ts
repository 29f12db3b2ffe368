import { describe, expect, it } from "vitest";
import { admin, client, createTenant, pilotData, signInWithPassword, statusOf } from "./fixtures.ts";

/**
 * Signing out ends the account's sessions in PocketBase itself (pb_hooks/sign_out.pb.js): a copy of
 * the token, kept by whoever stole the cookie, is refused afterwards, on every device.
 */
describe("signing out", () => {
  const holding = (token: string) => {
    const pb = client();
    pb.authStore.save(token);
    return pb;
  };

  it("makes every earlier token of the account worthless, for refresh and for data", async () => {
    const tenant = await createTenant();
    const manager = await signInWithPassword(tenant.users.manager);
    const pilot = await manager.collection("pilots").create(pilotData(tenant.municipality.id));
    const thisDevice = manager.authStore.token;
    const otherDevice = (await signInWithPassword(tenant.users.manager)).authStore.token;
    const renewed = (await holding(thisDevice).collection("users").authRefresh()).token;
    expect(await statusOf(holding(thisDevice).collection("pilots").getOne(pilot.id))).toBe(200);

    expect(await statusOf(holding(thisDevice).send("/api/proeftuin/sign-out", { method: "POST" }))).toBe(200);

    for (const token of [thisDevice, otherDevice, renewed]) {
      expect(await statusOf(holding(token).collection("users").authRefresh())).toBe(401);
      expect(await statusOf(holding(token).collection("pilots").getOne(pilot.id))).toBe(404);
    }
    // The account itself is unharmed: signing in again works, and other accounts were not touched.
    expect((await signInWithPassword(tenant.users.manager)).authStore.isValid).toBe(true);
    expect(await statusOf(tenant.as.director.collection("pilots").getOne(pilot.id))).toBe(200);
  });

  it("is no edit of the account: its record stays as it was", async () => {
    const tenant = await createTenant();
    const before = await (await admin()).collection("users").getOne(tenant.users.colleague.id);
    await tenant.as.colleague.send("/api/proeftuin/sign-out", { method: "POST" });
    const after = await (await admin()).collection("users").getOne(tenant.users.colleague.id);
    expect(after).toEqual(before);
  });

  it("needs a signed-in user", async () => {
    expect(await statusOf(client().send("/api/proeftuin/sign-out", { method: "POST" }))).toBe(401);
    expect(await statusOf((await admin()).send("/api/proeftuin/sign-out", { method: "POST" }))).toBe(403);
  });
});
