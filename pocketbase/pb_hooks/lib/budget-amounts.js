// A budget line's amounts are never negative. The field's minimum refuses them too, but with a
// general message; this names the amount, in the words the form uses (src/domain/money.ts
// negativeAmountMessage; tests/integration/domain-matches-pocketbase.test.ts compares the two).

const AMOUNTS = {
  planned_cents: "Het begrote bedrag kan niet negatief zijn: vul 0 of een hoger bedrag in.",
  spent_cents: "Het uitgegeven bedrag kan niet negatief zijn: vul 0 of een hoger bedrag in.",
};

/** { field: message } for each negative amount of the line. */
function amountProblems(line) {
  const problems = {};
  for (const name of Object.keys(AMOUNTS)) {
    if (typeof line[name] === "number" && line[name] < 0) problems[name] = AMOUNTS[name];
  }
  return problems;
}

module.exports = { AMOUNTS, amountProblems };
