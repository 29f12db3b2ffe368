import { z } from "zod";
import type { SendOptions } from "pocketbase";
import type { TypedPocketBase } from "./client.ts";

/**
 * One of the project's own PocketBase routes (pocketbase/pb_hooks) answered in another shape than
 * src/data expects: the route and the app have drifted apart. Thrown at the border, so a page fails
 * with the route's name and what was wrong instead of rendering wrong data.
 */
export class UnexpectedAnswerError extends Error {
  readonly route: string;

  constructor(route: string, error: z.ZodError) {
    // A few issues are enough to see the drift; a list of 500 pilots can otherwise fill a screen.
    const shown = error.issues.slice(0, 5).map((issue) => `  ${issue.path.join(".") || "(answer)"}: ${issue.message}`);
    const more = error.issues.length > shown.length ? [`  …and ${error.issues.length - shown.length} more`] : [];
    super([`${route} answered in an unexpected shape:`, ...shown, ...more].join("\n"));
    this.name = "UnexpectedAnswerError";
    this.route = route;
  }

  static is(error: unknown): error is UnexpectedAnswerError {
    return error instanceof UnexpectedAnswerError;
  }
}

/**
 * Asks one of the project's own routes and checks its answer against the schema, as a content
 * loader checks entries: what the route returns is data from outside the app, not a promise.
 */
export async function sendChecked<S extends z.ZodType>(
  pb: TypedPocketBase,
  route: string,
  schema: S,
  options: SendOptions = {},
): Promise<z.output<S>> {
  const answer: unknown = await pb.send(route, options);
  const result = schema.safeParse(answer);
  if (!result.success) throw new UnexpectedAnswerError(`${options.method ?? "GET"} ${route}`, result.error);
  return result.data;
}

/** A select value that may be empty ("" when not chosen), as PocketBase stores it. */
export const orEmpty = <T extends z.ZodType>(schema: T) => z.union([schema, z.literal("")]);
