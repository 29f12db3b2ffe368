import type { TaggedAnswer } from "../data/tagged-answers.ts";
import { BoundedCache } from "./bounded-cache.ts";

/**
 * The answers last received from a tagged route, per question and caller scope, handed back with the
 * next request for the same so that PocketBase can answer "unchanged" (304) instead of sending them
 * again. A 304 comes only when PocketBase's answer for this caller is that very text (the tag is its
 * SHA-256), so a held answer can never become another caller's.
 */
export class HeldAnswers<T> {
  readonly #held: BoundedCache<TaggedAnswer<T>>;

  constructor(max: number) {
    this.#held = new BoundedCache(max);
  }

  async ask(scope: string, ask: (held: TaggedAnswer<T> | undefined) => Promise<TaggedAnswer<T>>): Promise<TaggedAnswer<T>> {
    const answer = await ask(this.#held.get(scope));
    this.#held.set(scope, answer);
    return answer;
  }
}
