// The lesson library's SQL over lessons_codes (migration 1764153100): each lesson's facets packed
// into one integer, so that a common word's tens of thousands of hits are looked up and gathered
// as rows of some 40 bytes. Visibility is part of every query (the same rule as the lessons
// collection). With a text, one statement gathers the hits once (a materialised CTE), counts every
// facet from them and picks the page; bm25 is computed only for hits that pass every filter,
// because ranking is what a common word costs most (docs/benchmark.md).
//
// A value's code is its position in FACETS[name].values plus one (0: none); principles are a bit
// each. The migration has the same lists; tests/unit/lesson-codes.test.ts compares them.
const LAYOUT = { domain: [4, 15], kind: [8, 7], evidence: [11, 7], province: [14, 15], size: [18, 7] };
const PRINCIPLE_SHIFT = 21;
const EVIDENCE_BITS = 7 << 11;
const GROUPS = ["domain", "kind", "principle", "evidence", "province", "size", "municipality"];

const placeholders = (name, values) => values.map((_, i) => `{:${name}${i}}`).join(", ");

/**
 * Bits 0–1: the lesson's visibility (0 private, 1 network, 2 public); 2–3: its pilot's (0 none, 1
 * private, 2 network, 3 public). The SQL is written for a guest or a signed-in user: this engine
 * pays for every operator on every hit, and a common word has tens of thousands.
 */
const visibleTo = (alias, signedIn) =>
  signedIn ? `((${alias}.code & 3) != 0 OR ${alias}.municipality = {:own})` : `(${alias}.code & 3) = 2`;
/** A guest sees a public pilot's level; a lesson without a pilot has no level to hide. */
const pilotVisibleTo = (alias, signedIn) =>
  signedIn ? `((${alias}.code & 12) >= 8 OR ${alias}.pilot_municipality = {:own})` : `(${alias}.code & 12) = 12`;
/** The code as this caller sees it: no evidence level when the lesson's pilot is hidden from them. */
const seenCode = (alias, signedIn) =>
  `(CASE WHEN (${alias}.code & ${EVIDENCE_BITS}) = 0 OR ${pilotVisibleTo(alias, signedIn)} THEN ${alias}.code ` +
  `ELSE ${alias}.code - (${alias}.code & ${EVIDENCE_BITS}) END)`;

const valueSql = (name, code) => `((${code} >> ${LAYOUT[name][0]}) & ${LAYOUT[name][1]})`;

function makeSql(facets) {
  /**
   * One group's filter on row `alias`: any of its chosen values. `code` is its code as the caller
   * sees it, `raw` the same without the evidence hidden (cheaper, and equal for every other group).
   */
  function groupSql(name, values, alias, code, raw = code) {
    if (name === "municipality") return `${alias}.municipality IN (${placeholders(name, values)})`;
    if (name === "principle") {
      const mask = values.reduce((bits, value) => bits | (1 << (PRINCIPLE_SHIFT + facets.principle.values.indexOf(value))), 0);
      return `(${raw} & ${mask}) != 0`;
    }
    return `${valueSql(name, name === "evidence" ? code : raw)} IN (${values.map((value) => facets[name].values.indexOf(value) + 1).join(", ")})`;
  }

  /** The facet filters, leaving one group out (so its counts show its alternatives): OR within a group, AND between. */
  function filterSql(filters, except, alias, code, raw = code) {
    const clauses = ["1 = 1"];
    for (const name of GROUPS) if (filters[name] && name !== except) clauses.push(groupSql(name, filters[name], alias, code, raw));
    return clauses.join(" AND ");
  }

  /** A hit that fails two chosen groups counts nowhere (each count leaves at most one group out), so it is not gathered. */
  function nearSql(filters, code) {
    const chosen = GROUPS.filter((name) => filters[name]);
    if (chosen.length < 2) return "";
    return ` AND ${chosen.map((name) => `(NOT ${groupSql(name, filters[name], "c", code, "c.code")})`).join(" + ")} <= 1`;
  }

  /**
   * Every lesson the caller may see that matches the text (and is not the caller's own when
   * asked). With a text the FTS index drives (CROSS JOIN keeps SQLite from scanning the codes and
   * probing FTS per row). `gather`: "ranked" the hits that count somewhere, ranked by bm25 where they
   * pass every filter; "window" the same from rowid {:from} on, unranked; "newest" only the hits
   * that pass every filter, unranked.
   */
  function hitsSql(filters, match, signedIn, gather) {
    const source = match ? "lessons_fts CROSS JOIN lessons_codes c ON c.rowid = lessons_fts.rowid" : "lessons_codes c";
    const code = seenCode("c", signedIn);
    const rank =
      match && gather === "ranked" ? `CASE WHEN ${filterSql(filters, null, "c", code, "c.code")} THEN bm25(lessons_fts) END` : "0";
    return (
      `SELECT c.rowid AS rowid, ${code} AS code, c.municipality AS municipality, c.created AS created, ${rank} AS rank ` +
      `FROM ${source} WHERE ${match ? "lessons_fts MATCH {:match} AND " : ""}${visibleTo("c", signedIn)}` +
      (filters.notOwn ? " AND c.municipality != {:own}" : "") +
      (gather === "newest" ? ` AND ${filterSql(filters, null, "c", code, "c.code")}` : nearSql(filters, code)) +
      (gather === "window" ? " AND lessons_fts.rowid >= {:from}" : "")
    );
  }

  /**
   * One statement, rows of (facet, value, name, count): facet '' is the number of results, 'notOwn'
   * the number outside the caller's municipality, 'page' (with a text) the page's rowids in order.
   * A facet's value is its code (a principle's: its position). Only a group with chosen values
   * needs its counts from all hits; every other group counts the hits that pass all filters.
   * `windowed`: only the hits from rowid {:from} on, the page newest first, and their number as 'window'.
   */
  function countsSql(filters, match, signedIn, windowed = false) {
    const from = (group) =>
      filters[group]
        ? { source: "hits", where: filterSql(filters, group, "hits", "hits.code") }
        : { source: "matched hits", where: "1 = 1" };
    const parts = ["SELECT '' AS facet, '' AS value, '' AS name, COUNT(*) AS count FROM matched"];
    for (const name of Object.keys(LAYOUT)) {
      const { source, where } = from(name);
      const value = valueSql(name, "hits.code");
      parts.push(
        `SELECT '${name}', CAST(${value} AS TEXT), '', COUNT(*) FROM ${source} WHERE ${where} AND ${value} != 0 GROUP BY ${value}`,
      );
    }
    const principles = facets.principle.values.map((_, i) => `SELECT ${i} AS i`).join(" UNION ALL ");
    const principle = from("principle");
    parts.push(
      `SELECT 'principle', CAST(b.i AS TEXT), '', COUNT(*) FROM ${principle.source} JOIN (${principles}) b ` +
        `WHERE ${principle.where} AND (hits.code >> (${PRINCIPLE_SHIFT} + b.i)) & 1 GROUP BY b.i`,
    );
    const others = from("municipality");
    parts.push(
      "SELECT 'municipality', c.value, m.name, c.count FROM " +
        `(SELECT hits.municipality AS value, COUNT(*) AS count FROM ${others.source} WHERE ${others.where} GROUP BY hits.municipality) c ` +
        "JOIN municipalities m ON m.id = c.value",
    );
    // A chosen municipality stays in the list (with 0) when the other filters leave it no lessons.
    if (filters.municipality)
      parts.push(
        `SELECT 'municipality', m.id, m.name, 0 FROM municipalities m WHERE m.id IN (${placeholders("municipality", filters.municipality)})`,
      );
    parts.push(
      `SELECT 'notOwn', '', '', COUNT(*) FROM ${others.source} WHERE ${others.where} AND {:signedIn} = 1 AND hits.municipality != {:own}`,
    );
    if (windowed)
      parts.push(
        "SELECT 'window', '', '', COUNT(*) FROM hits",
        "SELECT * FROM (SELECT 'page', CAST(rowid AS TEXT), '', 0 FROM matched ORDER BY rowid DESC LIMIT {:limit} OFFSET {:offset})",
      );
    else if (match)
      parts.push(
        // SQLite hands a UNION ALL's parts on in their own order, so the page's rows come ranked.
        "SELECT * FROM (SELECT 'page', CAST(rowid AS TEXT), '', 0 FROM matched " +
          "ORDER BY rank, created DESC, rowid DESC LIMIT {:limit} OFFSET {:offset})",
      );
    return (
      `WITH hits AS MATERIALIZED (${hitsSql(filters, match, signedIn, windowed ? "window" : "ranked")}), ` +
      // Without a chosen value every hit matches: a second copy would only cost.
      `matched AS ${GROUPS.some((group) => filters[group]) ? "" : "NOT "}MATERIALIZED ` +
      `(SELECT * FROM hits WHERE ${filterSql(filters, null, "hits", "hits.code")}) ${parts.join(" UNION ALL ")}`
    );
  }

  /**
   * A broad question's pages past its window's hits: the newest hits that pass every filter, read
   * forwards and then sorted (this SQLite reads the full-text index backwards several times slower).
   */
  function newestHitsSql(filters, signedIn) {
    return (
      `WITH found AS MATERIALIZED (${hitsSql(filters, true, signedIn, "newest")}) ` +
      "SELECT 'page' AS facet, CAST(rowid AS TEXT) AS value, '' AS name, 0 AS count FROM found ORDER BY rowid DESC LIMIT {:limit} OFFSET {:offset}"
    );
  }

  /** Without a text: the newest first, straight from idx_lessons_codes_created. */
  function newestSql(filters, signedIn) {
    return (
      "SELECT 'page' AS facet, CAST(c.rowid AS TEXT) AS value, '' AS name, 0 AS count FROM lessons_codes c " +
      `WHERE ${visibleTo("c", signedIn)}${filters.notOwn ? " AND c.municipality != {:own}" : ""} AND ` +
      `${filterSql(filters, null, "c", seenCode("c", signedIn), "c.code")} ` +
      "ORDER BY c.created DESC, c.rowid DESC LIMIT {:limit} OFFSET {:offset}"
    );
  }

  /** A counted value's name: the code back to FACETS' value. */
  function valueName(facet, value) {
    const index = Number(value);
    return facet === "principle" ? facets.principle.values[index] : facets[facet].values[index - 1];
  }

  return { countsSql, newestHitsSql, newestSql, valueName };
}

module.exports = { makeSql, LAYOUT, PRINCIPLE_SHIFT };
