import { z } from "zod";
import { limits } from "./limits.ts";

/** Keywords typed comma-separated ("jongeren, Werk"), stored as a lower-case list without repeats. */
export const tagList = z.string().transform((value, ctx) => {
  const tags = [
    ...new Set(
      value
        .split(",")
        .map((tag) => tag.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
  if (tags.length > limits.tags) ctx.addIssue({ code: "custom", message: `Maximaal ${limits.tags} trefwoorden.` });
  if (tags.some((tag) => tag.length > limits.tag))
    ctx.addIssue({ code: "custom", message: `Een trefwoord heeft maximaal ${limits.tag} tekens.` });
  return tags;
});
