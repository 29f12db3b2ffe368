// Checks a field constraint cannot express. Returns { field: message } for what is wrong.

function isStringArray(value, maxItems, maxLength) {
  return (
    Array.isArray(value) && value.length <= maxItems && value.every((v) => typeof v === "string" && v.length > 0 && v.length <= maxLength)
  );
}

function pilotProblems(record) {
  const problems = {};
  const start = record.getDateTime("start_date");
  const end = record.getDateTime("end_date");
  if (!start.isZero() && !end.isZero() && end.before(start)) {
    problems.end_date = "De einddatum ligt vóór de startdatum.";
  }

  const tags = JSON.parse(record.getString("tags") || "[]");
  if (tags !== null && !isStringArray(tags, 20, 40)) {
    problems.tags = "Trefwoorden: een lijst van hoogstens 20 woorden van hoogstens 40 tekens.";
  }

  const partners = JSON.parse(record.getString("partners") || "[]");
  const partnerOk = (p) =>
    p !== null &&
    typeof p === "object" &&
    !Array.isArray(p) &&
    typeof p.name === "string" &&
    p.name.trim().length > 0 &&
    p.name.length <= 120 &&
    (p.role === undefined || (typeof p.role === "string" && p.role.length <= 200)) &&
    Object.keys(p).every((k) => k === "name" || k === "role");
  if (partners !== null && !(Array.isArray(partners) && partners.length <= 30 && partners.every(partnerOk))) {
    problems.partners = "Partners: een lijst van hoogstens 30 partners met een naam en een rol.";
  }
  return problems;
}

module.exports = { pilotProblems };
