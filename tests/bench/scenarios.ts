/** What the bench measures: eight pages and two direct PocketBase queries, and the data functions behind each page. */
import type { TypedPocketBase } from "../../src/data/client.ts";
import { loadSession } from "../../src/data/auth.ts";
import { searchLessons } from "../../src/data/lessons.ts";
import { listMunicipalityNames } from "../../src/data/municipalities.ts";
import { listPilots, PILOTS_PER_PAGE } from "../../src/data/pilots.ts";
import { parseLessonFilters } from "../../src/domain/lesson-filters.ts";
import { parsePilotFilters } from "../../src/domain/pilot-filters.ts";
import { parsePortfolioFilters } from "../../src/domain/portfolio/filters.ts";
import { loadPilotPage } from "../../src/server/pilot-page.ts";
import { loadPortfolioPage } from "../../src/server/portfolio-page.ts";
import { loadHomePage, loadStartPage } from "../../src/server/start-page.ts";
import { listNotifications, unreadNotificationCount } from "../../src/data/notifications.ts";
import { loadWhatWorksResults } from "../../src/server/what-works-page.ts";
import { LESSON_QUERY } from "./settings.ts";
import { COMMON_QUERY_WORD } from "./text.ts";

export type Scenario = {
  name: string;
  kind: "pagina" | "API";
  url: string;
  headers: Record<string, string>;
  expect: (body: string) => boolean;
};

/** The signed-in bench user on the running servers, and the pilot whose page is measured. */
export type BenchSession = { origin: string; pocketbaseUrl: string; cookie: string; token: string; pilotPath: string };

/** Every scenario; BENCH_ONLY=lessen,portfolio keeps only those whose names contain one of these words. */
export function benchScenarios({ origin, pocketbaseUrl, cookie, token, pilotPath }: BenchSession): Scenario[] {
  const pilotsApiQuery = new URLSearchParams({
    page: "1",
    perPage: String(PILOTS_PER_PAGE),
    filter: "",
    sort: "-updated,-id",
    expand: "municipality",
    fields: "id,title,summary,domain,stage,visibility,municipality,updated,expand.municipality.id,expand.municipality.name",
  });
  const asPage = { cookie };
  const asApi = { authorization: token };
  const only = (process.env.BENCH_ONLY ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const allScenarios: Scenario[] = [
    {
      name: "lessen zoeken (pagina)",
      kind: "pagina",
      url: `${origin}/lessen${LESSON_QUERY}`,
      headers: asPage,
      expect: (b) => /lessen? gevonden/.test(b),
    },
    {
      name: "lessen zoeken (API)",
      kind: "API",
      url: `${pocketbaseUrl}/api/proeftuin/lessons?q=${COMMON_QUERY_WORD}&domain=wmo&kind=tip`,
      headers: asApi,
      expect: (b) => b.includes('"totalItems"'),
    },
    {
      name: "pilotoverzicht (pagina)",
      kind: "pagina",
      url: `${origin}/pilots`,
      headers: asPage,
      expect: (b) => b.includes("pilots gevonden"),
    },
    {
      name: "pilotoverzicht (API)",
      kind: "API",
      url: `${pocketbaseUrl}/api/collections/pilots/records?${pilotsApiQuery}`,
      headers: asApi,
      expect: (b) => b.includes('"totalItems"'),
    },
    { name: "pilotpagina (netwerk)", kind: "pagina", url: origin + pilotPath, headers: asPage, expect: (b) => b.includes("Hypothesen") },
    { name: "portfolio GM0001", kind: "pagina", url: `${origin}/portfolio`, headers: asPage, expect: (b) => b.includes("Portfolio van") },
    { name: "startpagina bezoeker", kind: "pagina", url: `${origin}/`, headers: {}, expect: (b) => b.includes("Het netwerk") },
    { name: "mijn proeftuin", kind: "pagina", url: `${origin}/mijn`, headers: asPage, expect: (b) => b.includes("Mijn Proeftuin") },
    {
      name: "wat werkt",
      kind: "pagina",
      url: `${origin}/wat-werkt`,
      headers: asPage,
      expect: (b) => b.includes("Wat werkt") && b.includes("<table"),
    },
    { name: "meldingen", kind: "pagina", url: `${origin}/meldingen`, headers: asPage, expect: (b) => b.includes("Melding 1 over") },
  ];
  return only.length ? allScenarios.filter((s) => only.some((word) => s.name.includes(word))) : allScenarios;
}

/** Per page scenario, the page's own data functions (src/data, src/server), as the page calls them. */
export function pageLoaders(cookie: string, networkPilotId: string): Record<string, (pb: TypedPocketBase) => Promise<unknown>> {
  const session = async (pb: TypedPocketBase) => {
    const user = await loadSession(pb, cookie);
    if (!user) throw new Error("sessie ongeldig");
    return user;
  };
  return {
    "lessen zoeken (pagina)": async (pb) => {
      await session(pb);
      await searchLessons(pb, parseLessonFilters(new URLSearchParams(LESSON_QUERY)));
    },
    "pilotoverzicht (pagina)": async (pb) => {
      await session(pb);
      await Promise.all([listPilots(pb, parsePilotFilters(new URLSearchParams())), listMunicipalityNames(pb)]);
    },
    "pilotpagina (netwerk)": async (pb) => loadPilotPage(pb, networkPilotId, await session(pb)),
    "portfolio GM0001": async (pb) => loadPortfolioPage(pb, await session(pb), parsePortfolioFilters(new URLSearchParams())),
    "startpagina bezoeker": async (pb) => loadHomePage(pb),
    "mijn proeftuin": async (pb) => loadStartPage(pb, await session(pb), unreadNotificationCount(pb)),
    "wat werkt": async (pb) => loadWhatWorksResults(pb, await session(pb)),
    meldingen: async (pb) => listNotifications(pb, (await session(pb)).id, 1),
  };
}
