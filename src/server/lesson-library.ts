import type { TypedPocketBase } from "../data/client.ts";
import { type LessonSearchResult, searchLessonsTagged } from "../data/lessons.ts";
import type { UserRecord } from "../data/records.ts";
import { type LessonFilters, lessonFiltersQuery } from "../domain/lesson-filters.ts";
import { BoundedCache } from "./bounded-cache.ts";
import { HeldAnswers } from "./held-answers.ts";
import { type LessonSearchResultWithSnippets, withSnippets } from "./lesson-snippets.ts";

/** Per question and caller scope, as the route keys its answers (signed in, own municipality). */
const heldAnswers = new HeldAnswers<LessonSearchResult>(500);
/** Snippets per answer and search text: making them was a fifth of the page's time. */
const withSnippetsByAnswer = new BoundedCache<LessonSearchResultWithSnippets>(500);

/**
 * The lesson library's page of hits with their snippets, and the answer's tag. The page must not
 * change what it gets: it is shared by the next requests.
 */
export async function loadLessonLibrary(
  pb: TypedPocketBase,
  filters: LessonFilters,
  user: UserRecord | null,
): Promise<{ result: LessonSearchResultWithSnippets; tag: string }> {
  const scope = JSON.stringify([lessonFiltersQuery(filters), user ? user.municipality : null]);
  const answer = await heldAnswers.ask(scope, (held) => searchLessonsTagged(pb, filters, held));
  const result = withSnippetsByAnswer.remember(JSON.stringify([answer.tag, filters.q]), () => withSnippets(answer.value(), filters.q));
  return { result, tag: answer.tag };
}
