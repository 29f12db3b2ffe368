import type { TypedPocketBase } from "../data/client.ts";
import type { UserRecord } from "../data/records.ts";
import { loadInterventionEffects } from "../data/intervention-effects.ts";
import { loadWhatWorksTagged } from "../data/what-works.ts";
import { type InterventionResult, poolWhatWorks, type WhatWorksRecords } from "../domain/what-works.ts";
import { BoundedCache } from "./bounded-cache.ts";
import { HeldAnswers } from "./held-answers.ts";

/**
 * Per caller scope (a guest, or a municipality's users: what the read rules look at), the answer
 * last received, so that PocketBase answers "unchanged" (304) instead of sending some MB again.
 */
const held = new HeldAnswers<WhatWorksRecords>(16);
/**
 * Pooled results per answer, by its tag (the SHA-256 of its text): on a network of 20,000 pilots,
 * sending, parsing, checking and pooling the answer took most of a visit. Equal texts pool equally,
 * whoever received them.
 */
const pooled = new BoundedCache<InterventionResult[]>(16);

/** What /wat-werkt/<id> shows for this client: the pooled results and the costs and benefits per intervention. */
export async function loadWhatWorksPage(pb: TypedPocketBase, user: UserRecord | null) {
  const [{ results }, effects] = await Promise.all([loadWhatWorksResults(pb, user), loadInterventionEffects(pb)]);
  return { results, effects };
}

/** The pooled results for this client, and the tag of the answer they were pooled from (the list /wat-werkt shows). */
export async function loadWhatWorksResults(pb: TypedPocketBase, user: UserRecord | null) {
  const scope = user ? `municipality:${user.municipality}` : "guest";
  const answer = await held.ask(scope, (given) => loadWhatWorksTagged(pb, given));
  return { results: pooled.remember(answer.tag, () => poolWhatWorks(answer.value())), tag: answer.tag };
}
