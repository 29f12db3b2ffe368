// The lesson library's query: full-text search with facets and counts, in the SQL that PocketBase's
// own API cannot express (built by lesson-codes.js over lessons_codes). Visibility is part of every
// query (the same rule as the lessons collection), and the route re-checks each returned record
// with canAccessRecord.

// The facet values are src/domain/lesson-filters.ts lessonFacets; tests/integration/domain-matches-pocketbase.test.ts compares them.
// A value's position is also its code in lessons_codes (migration 1764153100, lesson-codes.js): a new
// value goes at the end, with a migration that codes it too (tests/unit/lesson-codes.test.ts).
const FACETS = {
  domain: {
    values: ["wmo", "jeugd", "participatie", "schuldhulp", "armoede", "wonen", "gezondheid", "onderwijs", "veiligheid", "overig"],
  },
  kind: { values: ["werkzaam_element", "valkuil", "randvoorwaarde", "tip"] },
  principle: {
    values: ["burgerparticipatie", "integrale_aanpak", "preventie", "maatwerk", "digitalisering", "data_gedreven", "samenwerking"],
  },
  evidence: {
    values: ["goed_beschreven", "goed_onderbouwd", "eerste_aanwijzingen", "goede_aanwijzingen", "sterke_aanwijzingen"],
  },
  province: {
    values: [
      "groningen",
      "friesland",
      "drenthe",
      "overijssel",
      "flevoland",
      "gelderland",
      "utrecht",
      "noord_holland",
      "zuid_holland",
      "zeeland",
      "noord_brabant",
      "limburg",
    ],
  },
  size: { values: ["klein", "middelgroot", "groot", "zeer_groot"] },
};
/** The "gemeente" facet: its values are record ids, so only their form is checked. */
const MUNICIPALITY = { pattern: /^[a-z0-9]{15}$/, max: 20 };
const { countsSql, newestHitsSql, newestSql, valueName } = require(`${__hooks}/lib/lesson-codes.js`).makeSql(FACETS);
const PER_PAGE = 20;
/** The pages whose order is kept with a question's counts: later pages are rare and ask again. */
const KEPT_PAGES = 10;

const visibleTo = (alias) =>
  `(${alias}.visibility = 'public' OR ({:signedIn} = 1 AND ${alias}.visibility = 'network') OR ${alias}.municipality = {:own})`;

/**
 * Several values per facet (repeated parameters), each known value once in a fixed order so that
 * equal questions share a cache entry; anything else in the URL is ignored, not an error.
 * `all(name)` gives every value of a query parameter.
 */
function readFilters(all, first) {
  const filters = {};
  for (const name of Object.keys(FACETS)) {
    const given = all(name);
    const values = FACETS[name].values.filter((value) => given.includes(value));
    if (values.length) filters[name] = values;
  }
  const ids = [...new Set(all("municipality").filter((id) => MUNICIPALITY.pattern.test(id)))].sort();
  if (ids.length) filters.municipality = ids.slice(0, MUNICIPALITY.max);
  if (first("notOwn") === "1") filters.notOwn = true;
  const page = parseInt(first("page"), 10);
  return { filters, page: Number.isFinite(page) && page >= 1 && page <= 10000 ? page : 1 };
}

/**
 * A statement's parameters: the caller's, the page's rows and the chosen municipalities as
 * {:municipality0}, … (every other value is a code in the SQL).
 */
function boundFor(params, filters, offset, limit) {
  const bound = Object.assign({}, params, { offset, limit });
  (filters.municipality || []).forEach((id, i) => {
    bound[`municipality${i}`] = id;
  });
  return bound;
}

/** The page's lessons, read whole: only these 20 rows touch the wide tables. */
function rowsSql(count) {
  return (
    "SELECT l.rowid AS rowid, l.id AS id, l.title AS title, substr(l.body, 1, 1000) AS excerpt, l.kind AS kind, l.domain AS domain, " +
    "l.visibility AS visibility, l.created AS created, m.id AS municipality_id, m.name AS municipality_name, " +
    "m.size_class AS size_class, m.province AS province, COALESCE(p.id, '') AS pilot_id, COALESCE(p.title, '') AS pilot_title, " +
    "COALESCE(p.evidence_level, '') AS evidence_level " +
    "FROM lessons l JOIN municipalities m ON m.id = l.municipality " +
    `LEFT JOIN pilots p ON p.id = l.pilot AND ${visibleTo("p")} ` +
    `WHERE l.rowid IN (${Array.from({ length: count }, (_, i) => `{:row${i}}`).join(", ") || "NULL"})`
  );
}

const countRow = () => new DynamicModel({ facet: "", value: "", name: "", count: 0 });

/**
 * A question whose hits fill the newest WINDOW lessons densely enough (at least one in twenty
 * counts somewhere) is broad: its counts are estimated from that window and its page shows the
 * newest hits, because counting and ranking tens of thousands of hits took 100–150 ms
 * (docs/decisions/019-broad-lesson-questions.md). PROEFTUIN_SEARCH_WINDOW sets it (the tests use a few).
 */
function windowSize() {
  const given = parseInt(typeof $os === "undefined" ? "" : $os.getenv("PROEFTUIN_SEARCH_WINDOW"), 10);
  return Number.isFinite(given) && given > 0 ? given : 10000;
}

const { tally, sharedByPages } = require(`${__hooks}/lib/lesson-counts.js`);
/** A counting statement's rows as a total, facet counts and a page's rowids. */
const readRows = (rows) => tally(rows, Object.keys(FACETS), valueName);

function rowsOf(db, sql, bound) {
  const rows = arrayOf(countRow());
  db.newQuery(sql).bind(bound).all(rows);
  return rows;
}

/** The lessons' first and last rowid: rowids follow creation, so the last ones are the newest. */
function rowidSpan(db) {
  const span = new DynamicModel({ first: 0, last: 0 });
  // One MIN and one MAX each: SQLite reads both ends of the table only for a lone MIN or MAX (0.1 against 10 ms).
  db.newQuery(
    "SELECT COALESCE((SELECT MIN(rowid) FROM lessons_codes), 0) AS first, COALESCE((SELECT MAX(rowid) FROM lessons_codes), 0) AS last",
  ).one(span);
  return { first: span.first, last: span.last };
}

/** The newest hits that pass every filter, from all hits: a broad question's pages past its window's hits. */
function newestHits(db, { filters, params }, bound) {
  return readRows(rowsOf(db, newestHitsSql(filters, params.signedIn === 1), bound)).order;
}

/**
 * A broad question from the hits among the newest `size` lessons: their counts scaled to all
 * lessons, the page's hits newest first. Null when the window holds too few hits to estimate from,
 * or fewer than a page that pass every filter: such a question is answered exactly.
 */
function broad(db, question, bound, span, size) {
  const sampled = readRows(
    rowsOf(
      db,
      countsSql(question.filters, question.match, question.params.signedIn === 1, true),
      Object.assign({}, bound, { from: span.last - size + 1 }),
    ),
  );
  if (sampled.window * 20 < size || sampled.totalItems < PER_PAGE) return null;
  const scale = (span.last - span.first + 1) / size;
  let { order } = sampled;
  // Every page the window holds is kept; a later one is read from all hits (here, or in answer()).
  let orderComplete = order.length === bound.limit;
  if (order.length < PER_PAGE) {
    order = newestHits(db, question, bound);
    orderComplete = true;
  }
  const totalItems = Math.max(Math.round(sampled.totalItems * scale), bound.offset + order.length);
  return Object.assign(sharedByPages(sampled, order, totalItems, scale), { orderComplete });
}

/**
 * What a question's pages share: the total, the facet counts and (for the first KEPT_PAGES pages)
 * the rowids in order. `pages` rowids are picked from `offset` on.
 */
function ask(db, question, offset, pages) {
  const { filters, match, params } = question;
  const bound = boundFor(params, filters, offset, pages * PER_PAGE);
  if (match) {
    const span = rowidSpan(db);
    const size = windowSize();
    const found = span.last - span.first + 1 > size ? broad(db, question, bound, span, size) : null;
    if (found) return found;
  }
  const rows = rowsOf(db, countsSql(filters, match, params.signedIn === 1), bound);
  if (!match) for (const row of rowsOf(db, newestSql(filters, params.signedIn === 1), bound)) rows.push(row);
  const tallied = readRows(rows);
  return Object.assign(sharedByPages(tallied, tallied.order, tallied.totalItems, 1), { orderComplete: true });
}

/**
 * The route's answer for this caller: one page of hits, the total and the facet counts. The next
 * pages of a question reuse its counts and order (kept as `question`, see lesson-questions.js), so
 * they cost only their own rows.
 */
function answer(e, { filters, match, page, params }, question) {
  const db = e.app.db();
  let asked = page <= KEPT_PAGES ? question.read() : null;
  if (asked === null) {
    asked = page <= KEPT_PAGES ? ask(db, { filters, match, params }, 0, KEPT_PAGES) : ask(db, { filters, match, params }, params.offset, 1);
    if (page <= KEPT_PAGES) question.write(asked);
  }
  let order = page <= KEPT_PAGES ? asked.order.slice((page - 1) * PER_PAGE, page * PER_PAGE) : asked.order;
  if (order.length < PER_PAGE && !asked.orderComplete) {
    order = newestHits(db, { filters, match, params }, boundFor(params, filters, (page - 1) * PER_PAGE, PER_PAGE));
  }

  const rows = arrayOf(
    new DynamicModel({
      rowid: 0,
      id: "",
      title: "",
      excerpt: "",
      kind: "",
      domain: "",
      visibility: "",
      created: "",
      municipality_id: "",
      municipality_name: "",
      size_class: "",
      province: "",
      pilot_id: "",
      pilot_title: "",
      evidence_level: "",
    }),
  );
  const rowParams = Object.assign({}, params);
  order.forEach((rowid, i) => {
    rowParams[`row${i}`] = rowid;
  });
  db.newQuery(rowsSql(order.length)).bind(rowParams).all(rows);
  const position = new Map(order.map((rowid, i) => [rowid, i]));
  const ordered = [...rows].sort((a, b) => position.get(a.rowid) - position.get(b.rowid));

  // No snippets here: the site makes them from `excerpt` (src/server/lesson-snippets.ts), where they
  // cost a few ms instead of 50–300 in this engine (docs/benchmark.md).
  const items = require(`${__hooks}/lib/readable-rows.js`)
    .readableRows(e, "lessons", ordered)
    .map((row) => {
      const item = JSON.parse(JSON.stringify(row));
      delete item.rowid;
      return item;
    });

  return {
    page,
    perPage: PER_PAGE,
    totalItems: asked.totalItems,
    totalPages: Math.max(1, Math.ceil(asked.totalItems / PER_PAGE)),
    items,
    facets: asked.facets,
    municipalities: asked.municipalities,
    notOwn: params.signedIn ? asked.notOwn : null,
    estimated: asked.estimated === true,
  };
}

module.exports = { FACETS, PER_PAGE, KEPT_PAGES, readFilters, answer };
