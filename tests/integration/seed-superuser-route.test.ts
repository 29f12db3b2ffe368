import { describe, expect, it } from "vitest";
import { admin, client, createTenant, statusOf } from "./fixtures.ts";

// Only the launcher's temporary seeding superuser (an @proeftuin.invalid address) may remove itself.
describe("DELETE /api/proeftuin/seed-superuser", () => {
  const remove = (pb: ReturnType<typeof client>) => statusOf(pb.send("/api/proeftuin/seed-superuser", { method: "DELETE" }));

  it("refuses guests, users and an ordinary superuser", async () => {
    const tenant = await createTenant();
    expect(await remove(client())).toBe(403);
    expect(await remove(tenant.as.director)).toBe(403);
    const pb = await admin();
    expect(await remove(pb)).toBe(403);
    expect((await pb.collection("_superusers").getFullList()).length).toBeGreaterThanOrEqual(1);
  });

  it("lets a temporary seeding superuser delete itself, and only itself", async () => {
    const pb = await admin();
    const email = `demo-seed-${Date.now()}@proeftuin.invalid`;
    const password = "tijdelijk-wachtwoord-123";
    await pb.collection("_superusers").create({ email, password, passwordConfirm: password });
    const before = (await pb.collection("_superusers").getFullList()).length;

    const temporary = client();
    await temporary.collection("_superusers").authWithPassword(email, password);
    expect(await remove(temporary)).toBe(200); // statusOf reports any success as 200

    const after = await pb.collection("_superusers").getFullList();
    expect(after.length).toBe(before - 1);
    expect(after.map((user) => user.email)).not.toContain(email);
  });
});
