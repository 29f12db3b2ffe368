import type { TypedPocketBase } from "../data/client.ts";
import type { UserRecord } from "../data/records.ts";
import { loadPortfolioRecords } from "../data/portfolio.ts";
import { listPilots } from "../data/pilots.ts";
import { listMunicipalityNames } from "../data/municipalities.ts";
import { newestPublicLessonsWithTotal, recentLessonsInDomains } from "../data/start-page.ts";
import { questionCounts, questionsToMunicipality } from "../data/questions.ts";
import { attentionList } from "../domain/portfolio/attention.ts";
import { keyFigures, myDomains, myPilots, START_PAGE_LIMIT } from "../domain/start-page.ts";
import { dutchToday } from "../domain/dutch-today.ts";

const NEWEST_QUESTIONS_SHOWN = 5;

/**
 * Everything "Mijn Proeftuin" shows, in two rounds of requests: the portfolio's cached route, the
 * question counts and the unread notifications (the count the navigation asks for too) at once;
 * then the lessons in the domains the first round found, and the newest open questions when there
 * are any (an empty filtered list would make PocketBase hold the page up to 500 ms).
 */
export async function loadStartPage(pb: TypedPocketBase, user: UserRecord, unreadCount: Promise<number | null>, today = dutchToday()) {
  const [records, counts, unread] = await Promise.all([loadPortfolioRecords(pb), questionCounts(pb), unreadCount]);
  const domains = myDomains(records.pilots);
  const [newest, lessons] = await Promise.all([
    counts.toMunicipality.open === 0
      ? []
      : questionsToMunicipality(pb, user.municipality, { state: "open", page: 1, perPage: NEWEST_QUESTIONS_SHOWN }).then(
          (page) => page.items,
        ),
    recentLessonsInDomains(pb, domains, user.municipality, START_PAGE_LIMIT),
  ]);
  const attention = user.role === "directeur" ? attentionList(records, today) : [];
  return {
    municipalityName: user.expand?.municipality?.name ?? "uw gemeente",
    pilots: myPilots(records, counts.openPerPilot, today),
    questions: { open: counts.toMunicipality.open, answered: counts.toMunicipality.beantwoord, newest },
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
    newestPublicLessonsWithTotal(pb, HOME_LIMIT),
    listPilots(pb, { q: "", page: 1, visibility: "public" }),
    listMunicipalityNames(pb),
  ]);
  return {
    lessons: lessons.items,
    pilots: pilots.items.slice(0, HOME_LIMIT),
    size: { municipalities: municipalities.length, pilots: pilots.totalItems, lessons: lessons.total },
  };
}
