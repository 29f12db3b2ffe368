// How many rows of each kind one pilot may hold: the form's limits (src/domain/limits.ts
// hypotheses, budgetLines, risks, effects), held for direct API calls too. Plain CommonJS without
// PocketBase globals: tests/integration/domain-matches-pocketbase.test.ts compares it with the form's.

const ROW_LIMITS = { hypotheses: 30, budget_lines: 60, risks: 40, pilot_effects: 60 };

module.exports = { ROW_LIMITS };
