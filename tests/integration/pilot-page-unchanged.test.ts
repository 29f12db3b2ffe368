import { beforeAll, expect, it } from "vitest";
import { getPilotPage } from "../../src/data/pilot-page.ts";
import { type Neighbours, admin, appClientOf, createNeighbours, pilotData, unique } from "./fixtures.ts";

/**
 * The site holds the pilot page's answer it got and asks again with its tag
 * (src/server/pilot-page.ts): PocketBase answers "unchanged" (304) only when its answer for this
 * caller is that very text, so a held answer is never given to a caller it was not made for.
 */

let n: Neighbours;
let pilotId: string;
beforeAll(async () => {
  n = await createNeighbours();
  const root = await admin();
  pilotId = (await root.collection("pilots").create(pilotData(n.own.municipality.id, { visibility: "public" }))).id;
});

it("gives the held answer back when PocketBase says it is unchanged, and the new one after a write", async () => {
  const pb = appClientOf(n.as.ownManager);
  const first = await getPilotPage(pb, pilotId);
  expect(first.tag).toMatch(/^"[0-9a-f]{64}"$/);
  expect(await getPilotPage(pb, pilotId, first)).toBe(first);

  const summary = `veranderd ${unique()}`;
  await (await admin()).collection("pilots").update(pilotId, { summary });
  const after = await getPilotPage(pb, pilotId, first);
  expect(after).not.toBe(first);
  expect(after.tag).not.toBe(first.tag);
  expect(after.value().pilot.summary).toBe(summary);
});

it("never gives one caller's held answer to a caller whose answer differs", async () => {
  const owner = await getPilotPage(appClientOf(n.as.ownManager), pilotId);
  // A guest sees no contact person and no decisions: another text, so another tag.
  for (const reader of [n.as.guest, n.as.otherManager]) {
    const own = await getPilotPage(appClientOf(reader), pilotId);
    const asked = await getPilotPage(appClientOf(reader), pilotId, owner);
    expect(asked).not.toBe(owner);
    expect(asked.tag).toBe(own.tag);
    expect(asked.value()).toEqual(own.value());
  }
});
