import { expect, it } from "vitest";
import type { TaggedAnswer } from "../../src/data/tagged-answers.ts";
import { HeldAnswers } from "../../src/server/held-answers.ts";

const answer = (tag: string): TaggedAnswer<string> => ({ tag, value: () => tag });

it("hands each scope the answer it received last, and nothing to a scope that has none", async () => {
  const held = new HeldAnswers<string>(2);
  const given: Array<string | undefined> = [];
  const ask = (next: string) => (previous: TaggedAnswer<string> | undefined) => {
    given.push(previous?.tag);
    return Promise.resolve(answer(next));
  };
  await held.ask("guest", ask("a"));
  await held.ask("guest", ask("b"));
  await held.ask("municipality:1", ask("c"));
  await held.ask("guest", ask("d"));
  expect(given).toEqual([undefined, "a", undefined, "b"]);
});

it("holds nothing when the question fails", async () => {
  const held = new HeldAnswers<string>(2);
  await held.ask("guest", () => Promise.resolve(answer("a")));
  await expect(held.ask("guest", () => Promise.reject(new Error("404")))).rejects.toThrow("404");
  let given: string | undefined;
  await held.ask("guest", (previous) => {
    given = previous?.tag;
    return Promise.resolve(answer("b"));
  });
  expect(given).toBe("a");
});
