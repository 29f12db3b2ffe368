import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, type TypedPocketBase } from "../../src/data/client.ts";
import { demoNetwork } from "../../src/launcher/demo/demo-network.ts";
import { demoPassword } from "../../src/launcher/demo/demo-types.ts";
import { type RunningPocketBase, startPocketBase } from "../../src/launcher/pocketbase-process.ts";
import { seedDemoNetwork } from "../../src/launcher/seed-demo.ts";
import { freePort } from "../support/free-port.ts";
import { loadHookLib } from "../support/hook-lib.ts";
import { testSuperuser } from "../support/test-pocketbase.ts";
import { relevanceCases } from "./search-relevance-cases.ts";

/**
 * The relevance set (search-relevance-cases.ts) against the demo network, in a PocketBase of its
 * own: the shared one must not hold the demo (seed-demo.test.ts checks its seed from empty).
 *
 * The demo is seeded, then the PocketBase is stopped, every search_text made stale and the reindex
 * migration marked as not run; on the next start the migration and pb_hooks/search_reindex.pb.js
 * must make every lesson findable again, so the whole set also checks the reindex.
 */

const MIGRATION = "1764152600_search_reindex.js";
const { searchText } = loadHookLib<{ searchText: (parts: unknown[]) => string }>("search-text.js");
const dataDir = mkdtempSync(join(tmpdir(), "proeftuin-relevance-"));
let port = 0;
let pocketbase: RunningPocketBase | undefined;
let visitor: TypedPocketBase;
let member: TypedPocketBase;
let before: Map<string, string>;

type Lesson = { id: string; title: string; body: string; target_group: string; tags: string; search_text: string; updated: string };

function lessonsInDatabase(): Lesson[] {
  const db = new DatabaseSync(join(dataDir, "data.db"), { readOnly: true });
  try {
    return db.prepare("SELECT id, title, body, target_group, tags, search_text, updated FROM lessons").all() as Lesson[];
  } finally {
    db.close();
  }
}

async function start(): Promise<void> {
  pocketbase = await startPocketBase({ dataDir, port, superuser: testSuperuser, output: "ignore" });
}

beforeAll(async () => {
  port = await freePort();
  await start();
  const url = `http://127.0.0.1:${port}`;
  const superuser = createClient(url);
  await superuser.collection("_superusers").authWithPassword(testSuperuser.email, testSuperuser.password);
  await seedDemoNetwork(superuser, demoNetwork);
  await pocketbase?.stop();

  before = new Map(lessonsInDatabase().map((lesson) => [lesson.id, lesson.updated]));
  const db = new DatabaseSync(join(dataDir, "data.db"));
  db.exec("UPDATE lessons SET search_text = 'verouderd'");
  db.prepare("DELETE FROM _migrations WHERE file = ?").run(MIGRATION);
  db.close();
  await start();

  visitor = createClient(url);
  member = createClient(url);
  await member.collection("users").authWithPassword("innovatie@amsterdam.test", demoPassword);
}, 180_000);

afterAll(async () => {
  await pocketbase?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("the reindex on the first start after the migration", () => {
  it("gives every lesson the search text of today's reduction, and changes nothing else", () => {
    const lessons = lessonsInDatabase();
    expect(lessons.length).toBe(before.size);
    for (const lesson of lessons) {
      const tags = JSON.parse(lesson.tags || "[]") as string[] | null;
      expect(lesson.search_text, lesson.title).toBe(searchText([lesson.title, lesson.body, lesson.target_group, tags ?? []]));
      expect(lesson.updated, lesson.title).toBe(before.get(lesson.id));
    }
  });
});

describe("the Dutch relevance set", () => {
  it("has at least 30 queries", () => {
    expect(new Set(relevanceCases.map((c) => c.query)).size).toBeGreaterThanOrEqual(30);
  });

  it.each(relevanceCases)("'$query' ($why)", async ({ query, as, finds = [], notFinds = [] }) => {
    const pb = as === "bezoeker" ? visitor : member;
    const result = await pb.send<{ items: Array<{ title: string }> }>("/api/proeftuin/lessons", { method: "GET", query: { q: query } });
    const titles = result.items.map((item) => item.title);
    expect(titles.length).toBeLessThanOrEqual(20);
    for (const title of finds) expect(titles, `'${query}' misses "${title}"`).toContain(title);
    for (const title of notFinds) expect(titles, `'${query}' finds "${title}"`).not.toContain(title);
  });
});
