import type { TypedPocketBase } from "../data/client.ts";
import type { CommentRecord, UserRecord } from "../data/records.ts";
import { loadPortfolioRecords } from "../data/portfolio.ts";
import { listPilots } from "../data/pilots.ts";
import { listMunicipalityNames } from "../data/municipalities.ts";
import { newestPublicLessonsWithTotal, recentLessonsInDomains } from "../data/start-page.ts";
import { questionsToMunicipality } from "../data/questions.ts";
import { attentionList } from "../domain/portfolio/attention.ts";
import { keyFigures, myDomains, myPilots, START_PAGE_LIMIT } from "../domain/start-page.ts";
import { dutchToday } from "../domain/dutch-today.ts";

/** Open questions counted per pilot; beyond this many, the pilots' counts are of the newest ones. */
const OPEN_QUESTIONS_COUNTED = 50;
const NEWEST_QUESTIONS_SHOWN = 5;

/** Counted per pilot are the questions asked on the pilot itself: those its page shows under Vragen. */
const pilotOf = (question: CommentRecord) => ({ pilot: question.pilot });

/**
 * Everything "Mijn Proeftuin" shows, in two rounds of requests: the portfolio's cached route, the
 * open and answered questions and the unread notifications (the count the navigation asks for too) at once, then the lessons in the domains
 * the first round found.
 */
export async function loadStartPage(pb: TypedPocketBase, user: UserRecord, unreadCount: Promise<number | null>, today = dutchToday()) {
  const [records, open, answered, unread] = await Promise.all([
    loadPortfolioRecords(pb),
    questionsToMunicipality(pb, user.municipality, { state: "open", page: 1, perPage: OPEN_QUESTIONS_COUNTED }),
    questionsToMunicipality(pb, user.municipality, { state: "beantwoord", page: 1, perPage: 1 }),
    unreadCount,
  ]);
  const domains = myDomains(records.pilots);
  const lessons = await recentLessonsInDomains(pb, domains, user.municipality, START_PAGE_LIMIT);
  const attention = user.role === "directeur" ? attentionList(records, today) : [];
  return {
    municipalityName: user.expand?.municipality?.name ?? "uw gemeente",
    pilots: myPilots(records, open.items.map(pilotOf), today),
    questions: { open: open.totalItems, answered: answered.totalItems, newest: open.items.slice(0, NEWEST_QUESTIONS_SHOWN) },
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
