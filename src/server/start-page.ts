import type { TypedPocketBase } from "../data/client.ts";
import type { UserRecord } from "../data/records.ts";
import { portfolioRecordsFor } from "./portfolio-page.ts";
import { BoundedCache } from "./bounded-cache.ts";
import { listPilots } from "../data/pilots.ts";
import { listMunicipalityNames } from "../data/municipalities.ts";
import { loadStartLessonsAndQuestions, newestPublicLessonsWithTotal } from "../data/start-page.ts";
import { attentionList } from "../domain/portfolio/attention.ts";
import { keyFigures, myDomains, myPilots, START_PAGE_LIMIT } from "../domain/start-page.ts";
import { dutchToday } from "../domain/dutch-today.ts";
import type { Domain } from "../domain/options.ts";

/**
 * What the start page derives from the municipality's portfolio, per answer (its tag, the SHA-256
 * of the text) and day: for 500 pilots the attention list alone takes some 20 ms.
 */
const fromRecords = new BoundedCache<{
  domains: Domain[];
  attention: ReturnType<typeof attentionList>;
  figures: ReturnType<typeof keyFigures>;
}>(48);

/**
 * Everything "Mijn Proeftuin" shows, in two rounds of requests to cached routes: the portfolio and
 * the unread notifications (the count the navigation asks for too) at once; then the lessons in the
 * domains the first round found and the questions to the municipality (src/data/start-page.ts).
 */
export async function loadStartPage(pb: TypedPocketBase, user: UserRecord, unreadCount: Promise<number | null>, today = dutchToday()) {
  const [answer, unread] = await Promise.all([portfolioRecordsFor(pb, user), unreadCount]);
  const records = answer.value();
  const derived = fromRecords.remember(JSON.stringify([answer.tag, today]), () => ({
    domains: myDomains(records.pilots),
    attention: attentionList(records, today),
    figures: keyFigures(records),
  }));
  const { domains, attention } = derived;
  const { lessons, questions } = await loadStartLessonsAndQuestions(pb, domains);
  return {
    municipalityName: user.expand?.municipality?.name ?? "uw gemeente",
    pilots: myPilots(records, questions.openPerPilot, today, attention),
    questions: { open: questions.open, answered: questions.beantwoord, newest: questions.newest },
    unread,
    domains,
    lessons,
    directeur:
      user.role === "directeur"
        ? { figures: derived.figures, attention: attention.slice(0, START_PAGE_LIMIT), attentionTotal: attention.length }
        : null,
  };
}
export type StartPage = Awaited<ReturnType<typeof loadStartPage>>;

const HOME_LIMIT = 5;

/**
 * The visitor's home page: the newest public lessons and pilots and the network's size. Every count
 * is of what anyone may see (public lessons, public pilots) or of a public list (the municipalities),
 * so the page never reveals how much the network keeps to itself.
 */
export async function loadHomePage(pb: TypedPocketBase) {
  const [lessons, pilots, municipalities] = await Promise.all([
    newestPublicLessonsWithTotal(pb),
    listPilots(pb, { q: "", page: 1, visibility: "public" }),
    listMunicipalityNames(pb),
  ]);
  return {
    lessons: lessons.items,
    pilots: pilots.items.slice(0, HOME_LIMIT),
    size: { municipalities: municipalities.length, pilots: pilots.totalItems, lessons: lessons.total },
  };
}
