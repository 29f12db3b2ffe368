// The read rules of the collections the pilot page reads (lib/pilot-page.js), written out in SQL
// with the parameters {:id} (the pilot), {:signedIn} (1 or 0) and {:own} (the caller's municipality,
// "" for guests), as lib/answer-cache.js callerScope gives them. Each WHERE is the page's filter
// AND the collection's list rule; where a rule part can only matter for rows of another pilot, the
// comment says why it is left out. Every record found is also checked against the rule itself.

/** pilots' rule on a row of pilots named `p`. */
const pilotReadable = require(`${__hooks}/lib/read-scope.js`).readableInScope;

/** The rule of hypotheses, budget_lines, risks, pilot_effects and evaluations: their pilot's. */
const childOfPilot = (table) =>
  `${table}.pilot = {:id} AND EXISTS (SELECT 1 FROM pilots p WHERE p.id = ${table}.pilot AND ${pilotReadable("p")})`;

const thePilot = `pilots.id = {:id} AND ${pilotReadable("pilots")}`;

// lessons: their own visibility, and (the pilot's visibility from the lesson's copies of it, or
// no filter or sort naming `pilot`). This route takes no filter or sort, so the second half holds.
const lessonsOfPilot = `lessons.pilot = {:id} AND ${pilotReadable("lessons")}`;

// comments: (a readable lesson) or (a readable pilot) or (written by the caller). For comments on
// this pilot the second holds whenever the page is shown at all, so the others add nothing and
// the answer depends on no user id.
const commentsOfPilot = `comments.pilot = {:id} AND comments.pilot != '' AND EXISTS (SELECT 1 FROM pilots p WHERE p.id = comments.pilot AND ${pilotReadable("p")})`;

/** measurements and testimonials: signed in and of the caller's municipality, through the evaluation. */
const ownThroughEvaluation = (table) =>
  `${table}.evaluation IN (SELECT id FROM evaluations WHERE pilot = {:id}) AND {:signedIn} = 1 AND EXISTS ` +
  `(SELECT 1 FROM evaluations ev JOIN pilots p ON p.id = ev.pilot WHERE ev.id = ${table}.evaluation AND p.municipality = {:own})`;

const ownMeasurements = ownThroughEvaluation("measurements");
const ownTestimonials = ownThroughEvaluation("testimonials");

/** measurement_public (a view that already leaves out small samples): its pilot's rule. */
const publicMeasurements = `measurement_public.pilot = {:id} AND EXISTS (SELECT 1 FROM pilots p WHERE p.id = measurement_public.pilot AND ${pilotReadable("p")})`;

/** pilot_adoptions (a view per adopted original): the original's visibility and municipality it carries. */
const adoptionCount = `pilot_adoptions.id = {:id} AND ${pilotReadable("pilot_adoptions")}`;

const copiesOfPilot = `pilots.adopted_from = {:id} AND ${pilotReadable("pilots")}`;

/** pilotsInDomain's filter, with {:domain} and {:municipality} of the pilot shown. */
const pilotsInDomain = `pilots.domain = {:domain} AND pilots.municipality != {:municipality} AND ${pilotReadable("pilots")}`;

/** decisions: signed in, and the pilot not private or the caller's own. */
const decisionsOfPilot =
  "decisions.pilot = {:id} AND {:signedIn} = 1 AND EXISTS " +
  "(SELECT 1 FROM pilots p WHERE p.id = decisions.pilot AND (p.visibility != 'private' OR p.municipality = {:own}))";

module.exports = {
  thePilot,
  childOfPilot,
  lessonsOfPilot,
  commentsOfPilot,
  ownMeasurements,
  ownTestimonials,
  publicMeasurements,
  adoptionCount,
  copiesOfPilot,
  pilotsInDomain,
  decisionsOfPilot,
};
