/** The bench network's lessons and comments (questions and answers), written straight into SQLite. */
import { principles } from "../../src/domain/options.ts";
import { loadHookLib } from "../support/hook-lib.ts";
import type { People } from "./generate-people.ts";
import { type Pilots, pickDomain, pickVisibility } from "./generate-pilots.ts";
import { SIZES } from "./plan.ts";
import { weighted } from "./random.ts";
import { DAY, type Generation, insertRows, iso } from "./rows.ts";
import * as text from "./text.ts";

type SearchTextModule = {
  searchText: (parts: ReadonlyArray<string | readonly string[] | null | undefined>) => string;
};

export async function generateLessons(
  g: Generation,
  { muniIds, anyMuni, users, writersOf }: People,
  { pilotMuni, pilotIds, pilotDomain, pilotCreated }: Pilots,
) {
  const { random, ids, now } = g;
  const { searchText } = loadHookLib<SearchTextModule>("search-text.js");
  // Lessons: three in four come from a pilot (same municipality and domain); search_text as the
  // hook computes it, and the FTS5 trigger indexes each row as it is inserted.
  const kind = weighted<string>([
    ["werkzaam_element", 3],
    ["valkuil", 2.5],
    ["randvoorwaarde", 2],
    ["tip", 2.5],
  ]);
  const lessonIds: string[] = [];
  await insertRows(
    g,
    "lessons",
    [
      "id",
      "municipality",
      "pilot",
      "author",
      "title",
      "body",
      "kind",
      "domain",
      "target_group",
      "principles",
      "tags",
      "visibility",
      "search_text",
      "created",
      "updated",
    ],
    SIZES.lessons,
    () => {
      const fromPilot = random.chance(0.75);
      const p = fromPilot ? random.int(0, SIZES.pilots - 1) : -1;
      const muni = p >= 0 ? pilotMuni[p]! : anyMuni.draw(random);
      const writers = writersOf[muni]!;
      const author = users[random.pick(writers)]!;
      const title = text.lessonTitle(random).slice(0, 200);
      const body = text.lessonBody(random);
      const target = random.chance(0.8) ? text.targetGroup(random) : "";
      const tags = text.tags(random);
      const earliest = p >= 0 ? pilotCreated[p]! : now - 3 * 365 * DAY;
      const created = earliest + random.next() * (now - earliest);
      const updated = created + random.next() * (now - created) * 0.2;
      const id = ids.next();
      lessonIds.push(id);
      return [
        id,
        muniIds[muni]!,
        p >= 0 ? pilotIds[p]! : "",
        author.id,
        title,
        body,
        kind(random),
        p >= 0 ? pilotDomain[p]! : pickDomain(random),
        target,
        JSON.stringify(random.some(principles.values, random.int(0, 3))),
        JSON.stringify(tags),
        pickVisibility(random),
        searchText([title, body, target, tags]),
        iso(created),
        iso(updated),
      ];
    },
  );

  await insertRows(
    g,
    "comments",
    ["id", "lesson", "pilot", "author", "author_name", "author_municipality", "body", "created", "updated"],
    SIZES.comments,
    () => {
      const onLesson = random.chance(0.6);
      const author = users[random.int(0, users.length - 1)]!;
      const created = iso(now - random.next() * 2 * 365 * DAY);
      return [
        ids.next(),
        onLesson ? lessonIds[random.int(0, lessonIds.length - 1)]! : "",
        onLesson ? "" : pilotIds[random.int(0, pilotIds.length - 1)]!,
        author.id,
        author.name,
        muniIds[author.muni]!,
        text.comment(random),
        created,
        created,
      ];
    },
  );
}
