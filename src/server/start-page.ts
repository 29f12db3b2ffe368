import type { TypedPocketBase } from "../data/client.ts";
import type { UserRecord } from "../data/records.ts";
import { loadPortfolioRecords } from "../data/portfolio.ts";
import { listPilots } from "../data/pilots.ts";
import { listMunicipalityNames } from "../data/municipalities.ts";
import { loadStartLessonsAndQuestions, newestPublicLessonsWithTotal } from "../data/start-page.ts";
import { attentionList } from "../domain/portfolio/attention.ts";
import { keyFigures, myDomains, myPilots, START_PAGE_LIMIT } from "../domain/start-page.ts";
import { dutchToday } from "../domain/dutch-today.ts";

/**
 * Everything "Mijn Proeftuin" shows, in two rounds of requests to cached routes: the portfolio and
 * the unread notifications (the count the navigation asks for too) at once; then the lessons in the
 * domains the first round found and the questions to the municipality (src/data/start-page.ts).
 */
export async function loadStartPage(pb: TypedPocketBase, user: UserRecord, unreadCount: Promise<number | null>, today = dutchToday()) {
  const [records, unread] = await Promise.all([loadPortfolioRecords(pb), unreadCount]);
  const domains = myDomains(records.pilots);
  const { lessons, questions } = await loadStartLessonsAndQuestions(pb, domains);
  const attention = user.role === "directeur" ? attentionList(records, today) : [];
  return {
    municipalityName: user.expand?.municipality?.name ?? "uw gemeente",
    pilots: myPilots(records, questions.openPerPilot, today),
    questions: { open: questions.open, answered: questions.beantwoord, newest: questions.newest },
    unread,
    domains,
    lessons,
    directeur:
      user.role === "directeur"
        ? { figures: keyFigures(records), attention: attention.slice(0, START_PAGE_LIMIT), attentionTotal: attention.length }
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
