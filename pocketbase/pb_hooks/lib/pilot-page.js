// Everything the pilot page shows for one caller, in one answer (pb_hooks/pilot_page.pb.js), in the
// shapes PocketBase's records API gives the six calls the page made before (src/data/pilots.ts
// getPilotWithActivity, evaluations.ts listMeasurements and listTestimonials, adoption.ts
// adoptionsOf, pilots.ts pilotsInDomain, decisions.ts listDecisions).
// Each collection's read rule is written out in the SQL (lib/pilot-page-rules.js), every record
// found is checked against the rule itself with canAccessRecord as well, and records are enriched
// as the records API enriches them (view rules on expanded relations, the onRecordEnrich hooks that
// hide the contact from guests). tests/integration/pilot-page-route.test.ts proves the answer equal
// to the records API's for every role and visibility.

const rules = require(`${__hooks}/lib/pilot-page-rules.js`);

/** A similar-pilot candidate list as pilotsInDomain asked it: 40, newest change first. */
const CANDIDATES = 40;

/** Records of one collection matching the SQL (its read rule included), that also pass the rule itself. */
function readable(e, collection, where, params, order, limit) {
  const records = arrayOf(new Record());
  let query = e.app.recordQuery(collection).andWhere($dbx.exp(where, params));
  if (order.length > 0) query = query.orderBy(...order);
  if (limit) query = query.limit(limit);
  query.all(records);
  if (records.length === 0) return records;
  const info = e.requestInfo();
  const rule = records[0].collection().listRule;
  return records.filter((record) => e.app.canAccessRecord(record, info, rule));
}

/** As the records API would send them: expanded (by their view rules) and enriched by the hooks. */
function exported(e, records, ...expands) {
  if (records.length === 0) return [];
  $apis.enrichRecords(e, records, ...expands);
  return JSON.parse(JSON.stringify(records));
}

/** The child rows of the pilot that the page lists, each sorted as the site's sortRows sorted them. */
function rowsOf(e, params) {
  const child = (collection, order, ...expands) =>
    exported(e, readable(e, collection, rules.childOfPilot(collection), params, order), ...expands);
  return {
    hypotheses: child("hypotheses", ["created ASC", "id ASC"], "indicator_ref"),
    budgetLines: child("budget_lines", ["year ASC", "source ASC", "id ASC"]),
    risks: child("risks", ["created ASC", "id ASC"]),
    effects: child("pilot_effects", ["year ASC", "actor ASC", "kind ASC", "id ASC"]),
    evaluations: child("evaluations", ["date ASC", "created ASC", "rowid ASC"]),
    lessons: exported(e, readable(e, "lessons", rules.lessonsOfPilot, params, ["created DESC", "rowid ASC"])),
    comments: exported(e, readable(e, "comments", rules.commentsOfPilot, params, ["created ASC", "id ASC"]), "author_municipality"),
  };
}

/**
 * The owner's own measurements, or everyone else's rows of measurement_public (small samples left
 * out there): as the records API sends them; the site maps both as listMeasurements does.
 */
function measurementsOf(e, params, own) {
  if (own) return exported(e, readable(e, "measurements", rules.ownMeasurements, params, ["period ASC", "created ASC", "rowid ASC"]));
  return exported(e, readable(e, "measurement_public", rules.publicMeasurements, params, ["period ASC", "id ASC"]));
}

/**
 * Pilots with their municipality's chosen fields, as the records API's `fields` would give them.
 * Only these fields are sent, so the municipalities are looked up here rather than through
 * enrichRecords, which would run the enrich hooks on up to 40 pilots for fields nobody sends.
 */
function pilotsWithMunicipality(e, records, pilotFields, municipalityFields) {
  if (records.length === 0) return [];
  const info = e.requestInfo();
  const municipalities = {};
  const ids = [...new Set(records.map((record) => record.getString("municipality")))];
  for (const found of e.app.findRecordsByIds("municipalities", ids)) {
    // An expanded record passes its own view rule, as in the records API.
    if (e.app.canAccessRecord(found, info, found.collection().viewRule)) municipalities[found.id] = JSON.parse(JSON.stringify(found));
  }
  return JSON.parse(JSON.stringify(records)).map((row) => {
    const picked = {};
    for (const field of pilotFields) picked[field] = row[field];
    const municipality = municipalities[row.municipality];
    if (municipality) {
      const shown = {};
      for (const field of municipalityFields) shown[field] = municipality[field];
      picked.expand = { municipality: shown };
    }
    return picked;
  });
}

/** How many municipalities adopted the pilot, and the copies this caller may see (adoptionsOf). */
function adoptionsOf(e, params) {
  const counted = readable(e, "pilot_adoptions", rules.adoptionCount, params, []);
  const count = counted.length > 0 ? counted[0].getInt("adoptions") : 0;
  if (count === 0) return { count, visibleCopies: [] };
  const copies = readable(e, "pilots", rules.copiesOfPilot, params, ["rowid ASC"]);
  return { count, visibleCopies: pilotsWithMunicipality(e, copies, ["id", "title", "municipality"], ["name"]) };
}

/** Other municipalities' pilots in the pilot's domain, for "similar pilots" (pilotsInDomain). */
function candidatesFor(e, params) {
  const found = readable(e, "pilots", rules.pilotsInDomain, params, ["updated DESC", "rowid ASC"], CANDIDATES);
  return pilotsWithMunicipality(e, found, ["id", "title", "domain", "target_group", "principles", "municipality"], ["name", "size_class"]);
}

/**
 * The page's answer, or null when the pilot does not exist or this caller may not read it (the
 * route answers 404 then, as the records API does).
 */
function answer(e, id, scope) {
  const params = { id, signedIn: scope.signedIn, own: scope.own };
  const [pilotRecord] = readable(e, "pilots", rules.thePilot, params, [], 1);
  if (!pilotRecord) return null;
  const [pilot] = exported(e, [pilotRecord], "municipality", "adopted_from", "intervention");
  const more = Object.assign({}, params, {
    domain: pilotRecord.getString("domain"),
    municipality: pilotRecord.getString("municipality"),
  });
  const rows = rowsOf(e, params);
  const own = scope.signedIn === 1 && scope.own === pilot.municipality;
  // Without evaluations the page asked for no measurements or testimonials.
  const evaluated = rows.evaluations.length > 0;
  const testimonials =
    own && evaluated ? exported(e, readable(e, "testimonials", rules.ownTestimonials, params, ["created ASC", "rowid ASC"])) : [];
  const decided = pilot.decision !== "" && scope.signedIn === 1;
  return Object.assign({ pilot }, rows, {
    measurements: evaluated ? measurementsOf(e, params, own) : [],
    measurementsOwn: own,
    testimonials,
    adoptions: adoptionsOf(e, params),
    candidates: candidatesFor(e, more),
    decisions: decided ? exported(e, readable(e, "decisions", rules.decisionsOfPilot, params, ["created DESC", "id DESC"])) : [],
  });
}

module.exports = { answer };
