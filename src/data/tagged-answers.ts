import { createHash } from "node:crypto";
import type { z } from "zod";
import type { TypedPocketBase } from "./client.ts";
import { UnexpectedAnswerError } from "./answers.ts";

/**
 * A route's answer as PocketBase tagged it (pocketbase/pb_hooks/lib/answer-cache.js respondTagged:
 * the ETag is the SHA-256 of the text) and its checked value, parsed once and only when asked.
 */
export type TaggedAnswer<T> = { tag: string; value: () => T };

function tagged<T>(tag: string, text: string, parse: (text: string) => T): TaggedAnswer<T> {
  let pending: string | undefined = text;
  let value: T | undefined;
  return {
    tag,
    value: () => {
      if (pending !== undefined) {
        value = parse(pending);
        // The parsed value is what is kept; the text (900 KB for 500 pilots) can go.
        pending = undefined;
      }
      return value as T;
    },
  };
}

/**
 * Asks a tagged route through the SDK (its auth header and its errors). The answer is checked
 * against `schema` (an UnexpectedAnswerError naming the route otherwise), then shaped by `shape`
 * if given, when it is first used. With `held`, an earlier answer of the same route, PocketBase
 * answers 304 without the text when its answer for this caller is that very text, and `held` is
 * returned. The SDK is handed an empty body to parse.
 */
export function sendTagged<S extends z.ZodType>(
  pb: TypedPocketBase,
  route: string,
  schema: S,
  held: TaggedAnswer<z.output<S>> | undefined,
): Promise<TaggedAnswer<z.output<S>>>;
export function sendTagged<S extends z.ZodType, T>(
  pb: TypedPocketBase,
  route: string,
  schema: S,
  held: TaggedAnswer<T> | undefined,
  shape: (answer: z.output<S>) => T,
): Promise<TaggedAnswer<T>>;
export async function sendTagged<S extends z.ZodType, T>(
  pb: TypedPocketBase,
  route: string,
  schema: S,
  held: TaggedAnswer<T> | undefined,
  shape: (answer: z.output<S>) => T = (answer) => answer as T,
): Promise<TaggedAnswer<T>> {
  const check = (answer: unknown) => shape(checked(route, schema, answer));
  let answer: TaggedAnswer<T> | undefined;
  await pb.send(route, {
    method: "GET",
    headers: held ? { "If-None-Match": held.tag } : {},
    fetch: async (url: RequestInfo | URL, init?: RequestInit) => {
      const response = await fetch(url, init);
      if (response.status === 304 && held) answer = held;
      else if (response.ok) {
        const text = await response.text();
        const tag = response.headers.get("etag") ?? `"${createHash("sha256").update(text).digest("hex")}"`;
        answer = tagged(tag, text, (json) => check(JSON.parse(json)));
      } else return response;
      return new Response("null", { status: 200 });
    },
  });
  if (!answer) throw new Error(`GET ${route}: no answer`);
  return answer;
}

/** The answer checked against its schema, or an UnexpectedAnswerError naming the route. */
export function checked<S extends z.ZodType>(route: string, schema: S, answer: unknown): z.output<S> {
  const result = schema.safeParse(answer);
  if (!result.success) throw new UnexpectedAnswerError(`GET ${route}`, result.error);
  return result.data;
}
