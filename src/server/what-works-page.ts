import type { TypedPocketBase } from "../data/client.ts";
import { loadInterventionEffects } from "../data/intervention-effects.ts";
import { loadWhatWorks, loadWhatWorksTag } from "../data/what-works.ts";
import { type InterventionResult, poolWhatWorks } from "../domain/what-works.ts";
import { BoundedCache } from "./portfolio-cache.ts";

/**
 * Pooled results per answer tag. On a network of 20,000 pilots the answer is some MB: sending,
 * parsing, checking and pooling it took most of a visit. PocketBase gives a tag per data version
 * and caller scope, the same key as the answer's own cache, so a tag stands for one answer. When
 * the data change between the tag and the answer, the newer answer is kept under the older tag,
 * which nobody is given any more. A few scopes are kept: visitors and a few municipalities' users.
 */
const pooled = new BoundedCache<InterventionResult[]>(8);

/** What /wat-werkt shows for this client: the pooled results and the costs and benefits per intervention. */
export async function loadWhatWorksPage(pb: TypedPocketBase) {
  const [tag, effects] = await Promise.all([loadWhatWorksTag(pb), loadInterventionEffects(pb)]);
  let results = pooled.get(tag);
  if (!results) {
    results = poolWhatWorks(await loadWhatWorks(pb));
    pooled.set(tag, results);
  }
  return { results, effects };
}
