// The statement behind GET /api/proeftuin/portfolio (pb_hooks/portfolio.pb.js): one JSON object
// shaped as PortfolioRecords (src/domain/portfolio/types.ts), for municipality {:own}.

const ofOwnPilots = (table, alias) => `FROM ${table} ${alias} JOIN pilots p ON p.id = ${alias}.pilot WHERE p.municipality = {:own}`;
// json(…) around each subquery: a subquery's value loses its JSON subtype and would be embedded as text.
const array = (fields, from) => `json((SELECT json_group_array(json_object(${fields})) ${from}))`;

const SQL =
  "SELECT json_object(" +
  "'pilots', " +
  array(
    "'id', id, 'title', title, 'domain', domain, 'principles', json(COALESCE(NULLIF(principles, ''), '[]')), 'stage', stage, " +
      "'decision', decision, 'evidence_level', evidence_level, 'start_date', start_date, 'end_date', end_date, " +
      "'stage_since', stage_since, 'decided_at', decided_at",
    "FROM (SELECT * FROM pilots WHERE municipality = {:own} ORDER BY title, id)",
  ) +
  ", 'hypotheses', " +
  array("'pilot', h.pilot, 'verdict', h.verdict", ofOwnPilots("hypotheses", "h")) +
  ", 'budgetLines', " +
  array(
    "'pilot', b.pilot, 'source', b.source, 'year', b.year, 'planned_cents', b.planned_cents, 'spent_cents', b.spent_cents, " +
      "'reporting_deadline', b.reporting_deadline",
    ofOwnPilots("budget_lines", "b"),
  ) +
  ", 'risks', " +
  array(
    "'id', r.id, 'pilot', r.pilot, 'title', r.title, 'likelihood', r.likelihood, 'impact', r.impact, 'mitigation', r.mitigation, 'status', r.status",
    ofOwnPilots("risks", "r"),
  ) +
  ", 'evaluations', " +
  array("'pilot', v.pilot, 'date', v.date, 'kind', v.kind", ofOwnPilots("evaluations", "v")) +
  ", 'effects', " +
  array(
    "'pilot', f.pilot, 'actor', f.actor, 'kind', f.kind, 'expected_cents', f.expected_cents, 'realised_cents', f.realised_cents",
    ofOwnPilots("pilot_effects", "f"),
  ) +
  ", 'lessonCounts', " +
  "json((SELECT json_group_object(pilot, lessons) FROM " +
  "(SELECT pilot, COUNT(*) AS lessons FROM lessons WHERE municipality = {:own} AND pilot != '' GROUP BY pilot)))" +
  ") AS json";

module.exports = { SQL };
