/**
 * The lesson search answers from a cache (pb_hooks/lib/answer-cache.js), so the load figures show
 * repeated questions. This measures questions nobody asked yet, one at a time: page 1 of fifteen
 * questions of a common word with a domain and a kind (everything computed: the hits, every facet
 * count, the page's order), and pages 2–6 of one question whose page 1 was read before, as a reader pages on
 * (those reuse the question's counts and order, pb_hooks/lib/lesson-questions.js). A common word is
 * a broad question there (docs/decisions/019-broad-lesson-questions.md).
 */
import { nl, round, say } from "./log.ts";
import { median } from "./measure.ts";
import { COMMON_QUERY_WORD } from "./text.ts";

/**
 * Common words of the bench vocabulary (vocabulary.ts) other than COMMON_QUERY_WORD, which the
 * checks before ask already, each with three pairs of a domain and a kind: fifteen questions,
 * since one answer each moved by 10–20 ms between runs.
 */
const WORDS = ["ouderen", "mantelzorgers", "buurtbewoners", "werkzoekenden", "gezinnen"];
const FACET_PAIRS = ["domain=jeugd&kind=valkuil", "domain=participatie&kind=tip", "domain=armoede&kind=randvoorwaarde"];
const FIRST_PAGES = WORDS.flatMap((word) => FACET_PAIRS.map((pair) => `q=${word}&${pair}`));

export type UncachedSearch = { firstPages: number[]; laterPages: number[] };

async function timed(url: string, token: string): Promise<number> {
  const begin = performance.now();
  const response = await fetch(url, { headers: { authorization: token } });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`ongecachte zoekvraag: ${response.status}`);
  return round(performance.now() - begin);
}

export async function measureUncachedSearch(pocketbaseUrl: string, token: string): Promise<UncachedSearch> {
  const firstPages: number[] = [];
  for (const query of FIRST_PAGES) firstPages.push(await timed(`${pocketbaseUrl}/api/proeftuin/lessons?${query}`, token));
  const later = `${pocketbaseUrl}/api/proeftuin/lessons?q=${COMMON_QUERY_WORD}&domain=wmo&kind=tip`;
  await timed(later, token); // page 1 first, as a reader pages on (the checks may have asked it already)
  const laterPages: number[] = [];
  for (let page = 2; page <= 6; page++) laterPages.push(await timed(`${later}&page=${page}`, token));
  const list = (values: number[]) => values.map((ms) => nl(ms, 0)).join(", ");
  say(
    `Lessen zoeken, vraag die nog niet gesteld was (API), pagina 1 van ${firstPages.length} vragen: mediaan ${nl(median(firstPages))} ms (${list(firstPages)})`,
  );
  say(`Lessen zoeken, pagina 2–6 van een vraag na pagina 1: mediaan ${nl(median(laterPages))} ms (${list(laterPages)})`);
  return { firstPages, laterPages };
}
