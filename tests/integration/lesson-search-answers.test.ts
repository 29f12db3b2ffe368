import { describe, expect, it } from "vitest";
import { searchLessons } from "../../src/data/lessons.ts";
import { parseLessonFilters } from "../../src/domain/lesson-filters.ts";
import { appClientOf, pilotData } from "./fixtures.ts";
import { freshNeighbours } from "./fresh-neighbours.ts";
import { createLesson, nonsenseWord } from "./learning-fixtures.ts";

/**
 * searchLessons (src/data/lessons.ts) checks the answer of GET /api/proeftuin/lessons with zod. The
 * other lesson-search files ask the route directly; this one goes through src/data, so the real
 * route's answer must pass the schema, for a lesson with a pilot and one without.
 */

const n = freshNeighbours();

describe("searchLessons reads the real route's answer through its schema", () => {
  it("for a guest and for the own municipality, lessons with and without a pilot", async () => {
    const word = nonsenseWord();
    const pilot = await n.as.ownManager
      .collection("pilots")
      .create(pilotData(n.own.municipality.id, { visibility: "public", title: `Pilot ${word}` }));
    const withPilot = await createLesson(n.as.ownManager, { pilot: pilot.id, body: `Les met pilot over ${word}.` });
    const withoutPilot = await createLesson(n.as.ownManager, { visibility: "private", body: `Les zonder pilot over ${word}.` });
    const filters = parseLessonFilters(new URLSearchParams({ q: word }));

    const asGuest = await searchLessons(appClientOf(), filters);
    expect(asGuest.items).toEqual([
      expect.objectContaining({
        id: withPilot.id,
        pilot_id: pilot.id,
        pilot_title: `Pilot ${word}`,
        municipality_id: n.own.municipality.id,
        kind: "werkzaam_element",
      }),
    ]);

    const asOwn = await searchLessons(appClientOf(n.as.ownColleague), filters);
    expect(asOwn.items.map((item) => item.id).sort()).toEqual([withPilot.id, withoutPilot.id].sort());
    expect(asOwn.items.find((item) => item.id === withoutPilot.id)).toMatchObject({ pilot_id: "", pilot_title: "", evidence_level: "" });
    expect(asOwn).toMatchObject({ page: 1, totalItems: 2, totalPages: 1, facets: { domain: { jeugd: 2 }, kind: { werkzaam_element: 2 } } });
  });
});
