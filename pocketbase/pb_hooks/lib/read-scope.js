// The read rule of pilots and of lessons, on a row's own visibility and municipality, in SQL with the
// parameters {:signedIn} (1 or 0) and {:own} (the caller's municipality, "" for guests) that
// lib/answer-cache.js callerScope gives: public, or signed in and shared with the network or of the
// caller's own municipality. Routes that use it check the rows they return with canAccessRecord too.

/** The rule on the row named `alias` ("" for the query's only table). */
function readableInScope(alias) {
  const row = alias ? `${alias}.` : "";
  return `(${row}visibility = 'public' OR ({:signedIn} = 1 AND (${row}visibility = 'network' OR ${row}municipality = {:own})))`;
}

module.exports = { readableInScope };
