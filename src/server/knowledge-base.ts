import { getCollection, type CollectionEntry } from "astro:content";
import type { RiskCategory } from "../domain/options.ts";

export type KnowledgeEntry = CollectionEntry<"kennisbank">;

export const knowledgeKinds = [
  { kind: "principe", heading: "Principes" },
  { kind: "bewijsladder", heading: "De bewijsladder" },
  { kind: "risico", heading: "Risicocatalogus" },
  { kind: "succesfactor", heading: "Succesfactoren" },
  { kind: "methode", heading: "Methoden" },
  { kind: "casus", heading: "Voorbeeldcasussen" },
] as const;

export async function knowledgeByKind(): Promise<Array<{ kind: string; heading: string; entries: KnowledgeEntry[] }>> {
  const entries = await getCollection("kennisbank");
  return knowledgeKinds.map(({ kind, heading }) => ({
    kind,
    heading,
    entries: entries
      .filter((entry) => entry.data.kind === kind)
      .sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title)),
  }));
}

/** The risk catalogue's proven mitigations per risk category, for the pilot form's suggestions. */
export async function mitigationSuggestions(): Promise<Partial<Record<RiskCategory, string[]>>> {
  const entries = await getCollection("kennisbank", (entry) => entry.data.kind === "risico" && Boolean(entry.data.riskCategory));
  const suggestions: Partial<Record<RiskCategory, string[]>> = {};
  for (const entry of entries)
    suggestions[entry.data.riskCategory!] = [...(suggestions[entry.data.riskCategory!] ?? []), ...entry.data.mitigations];
  return suggestions;
}
