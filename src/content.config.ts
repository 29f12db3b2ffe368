import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "zod";
import { riskCategories } from "./domain/options.ts";

/**
 * The knowledge base (content/kennisbank/*.md): principles, the evidence ladder, a risk catalogue
 * with proven mitigations, success factors, methods and case studies. Written and reviewed as
 * Markdown in the repository, so it changes through pull requests, not through the app.
 */
const kennisbank = defineCollection({
  loader: glob({ pattern: "**/*.md", base: "./content/kennisbank" }),
  schema: z.object({
    title: z.string().min(3),
    /** One sentence for lists and search results. */
    summary: z.string().min(10).max(300),
    kind: z.enum(["principe", "bewijsladder", "risico", "succesfactor", "methode", "casus"]),
    /** For kind "risico": the pilot form's risk category this entry is about. */
    riskCategory: z.enum(riskCategories.values).optional(),
    /** For kind "risico": mitigations the pilot form suggests, each a short imperative line. */
    mitigations: z.array(z.string().min(5).max(300)).default([]),
    /** Order within its kind. */
    order: z.number().int().default(100),
  }),
});

export const collections = { kennisbank };
