// Reading the lesson library's counting statements (lesson-codes.js): their rows of (facet, value,
// name, count) as a total, facet counts and a page's rowids, and those as the pages of one question
// keep them (lesson-questions.js), exact or scaled up from a broad question's window.

/** One statement's rows of (facet, value, name, count) as totals, facet counts, page order and the window's hits. */
function tally(rows, facetNames, valueName) {
  const facets = {};
  for (const name of facetNames) facets[name] = {};
  const municipalities = {};
  const order = [];
  const tallied = { totalItems: 0, notOwn: 0, window: 0 };
  for (const row of rows) {
    if (row.facet === "") tallied.totalItems = row.count;
    else if (row.facet === "notOwn") tallied.notOwn = row.count;
    else if (row.facet === "page") order.push(Number(row.value));
    else if (row.facet === "window") tallied.window = row.count;
    else if (row.facet === "municipality") {
      const known = municipalities[row.value];
      municipalities[row.value] = { id: row.value, name: row.name, count: Math.max(row.count, known ? known.count : 0) };
    } else facets[row.facet][valueName(row.facet, row.value)] = row.count;
  }
  return Object.assign(tallied, { facets, municipalities, order });
}

/** What a question's pages share, ready to keep: counts scaled by `scale` (1: exact). */
function sharedByPages(tallied, order, totalItems, scale) {
  const estimate = (count) => (scale === 1 || count === 0 ? count : Math.max(1, Math.round(count * scale)));
  const municipalities = Object.values(tallied.municipalities).map((m) => Object.assign({}, m, { count: estimate(m.count) }));
  return {
    totalItems,
    // Each facet's values in the same (alphabetical) order as when SQL grouped them by their names.
    facets: Object.fromEntries(
      Object.entries(tallied.facets).map(([name, counted]) => [
        name,
        Object.fromEntries(
          Object.entries(counted)
            .sort(([x], [y]) => (x < y ? -1 : 1))
            .map(([value, count]) => [value, estimate(count)]),
        ),
      ]),
    ),
    municipalities: municipalities.sort((x, y) => y.count - x.count || x.name.localeCompare(y.name, "nl")),
    notOwn: estimate(tallied.notOwn),
    order,
    estimated: scale !== 1,
  };
}

module.exports = { tally, sharedByPages };
