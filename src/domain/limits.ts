/**
 * Text lengths the forms accept. The PocketBase migrations set the same maxima on the fields, so a
 * direct API call is held to them too (tests/integration/schema-limits.test.ts compares both); the
 * row limits per pilot are held by pocketbase/pb_hooks/lib/row-limits.js
 * (tests/integration/domain-matches-pocketbase.test.ts compares those).
 */
export const limits = {
  title: 200,
  summary: 1000,
  longText: 10_000,
  shortText: 300,
  theoryOfChange: 4000,
  tag: 40,
  tags: 20,
  partners: 30,
  hypotheses: 30,
  budgetLines: 60,
  risks: 40,
  effects: 60,
} as const;
