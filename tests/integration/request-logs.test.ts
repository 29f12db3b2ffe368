import { describe, expect, it } from "vitest";
import { admin, client, unique } from "./fixtures.ts";

// Migration 1764153400: PocketBase keeps a log row only for failed requests. A row per successful
// request cost a fifth of a light request's time and kept every visitor's address and path.
describe("request logs", () => {
  it("keeps failed requests and leaves successful ones out", async () => {
    const pb = client();
    const marker = unique();
    expect((await fetch(pb.buildURL(`/api/health?marker=${marker}`))).status).toBe(200);
    expect((await fetch(pb.buildURL(`/api/proeftuin/no-such-route-${marker}`))).status).toBe(404);

    const superuser = await admin();
    const logged = async () =>
      (await superuser.logs.getList(1, 10, { filter: superuser.filter("data.url ~ {:marker}", { marker }) })).items.map(
        (log) => log.data.status as number,
      );
    // PocketBase writes its logs in batches: wait for the failed request, which came last.
    const deadline = Date.now() + 10_000;
    let statuses = await logged();
    while (!statuses.includes(404) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      statuses = await logged();
    }
    expect(statuses).toEqual([404]);
  });

  it("keeps them five days, as the privacy page says", async () => {
    const { logs } = await (await admin()).settings.getAll();
    expect(logs).toMatchObject({ maxDays: 5, minLevel: 4 });
  });
});
