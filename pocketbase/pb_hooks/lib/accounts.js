// Account management by a municipality's directeur (pb_hooks/accounts.pb.js). The API rules on
// users decide who may write what; these keep what a rule cannot express.

const DEACTIVATED_MESSAGE = "Dit account is gedeactiveerd. Vraag de directeur van uw gemeente om het weer te activeren.";
const LAST_DIRECTOR_MESSAGE = "Er moet minstens één actieve directeur in de gemeente blijven. Maak eerst een ander account directeur.";
/** What a directeur may change on a colleague's account; the rule lists the rest field by field. */
const DIRECTOR_MAY_CHANGE = ["role", "deactivated"];

const isActiveDirector = (role, deactivated) => role === "directeur" && !deactivated;

/**
 * A save that takes away the municipality's last active directeur, whoever makes it (a directeur,
 * platformbeheer, the dashboard): refused at the changed field. Counted in the save's transaction.
 */
function refuseLosingLastDirector(app, record) {
  if (record.isNew()) return;
  const original = record.original();
  const wasDirector = isActiveDirector(original.getString("role"), original.getBool("deactivated"));
  if (!wasDirector || isActiveDirector(record.getString("role"), record.getBool("deactivated"))) return;
  const row = new DynamicModel({ n: 0 });
  app
    .db()
    .newQuery("SELECT COUNT(*) AS n FROM users WHERE municipality = {:m} AND role = 'directeur' AND deactivated = FALSE AND id != {:id}")
    .bind({ m: original.getString("municipality"), id: record.id })
    .one(row);
  if (row.n > 0) return;
  const field = record.getString("role") !== "directeur" ? "role" : "deactivated";
  throw new BadRequestError("Het account is niet gewijzigd: de gemeente houdt dan geen directeur.", {
    [field]: new ValidationError("validation_invariant", LAST_DIRECTOR_MESSAGE),
  });
}

/**
 * A directeur's change to a colleague's account may name only role and deactivated: a whitelist
 * behind the rule's list of forbidden fields, so a field added later is not writable by accident.
 */
function refuseOtherFields(e) {
  if (e.auth?.collection().name !== "users" || e.auth.id === e.record.id) return;
  const body = e.requestInfo().body || {};
  const other = Object.keys(body).filter((key) => !DIRECTOR_MAY_CHANGE.includes(key.replace(/[+-]$/, "")));
  if (other.length > 0) throw new ForbiddenError("U kunt bij een ander account alleen de rol en de activering wijzigen.");
}

/**
 * An account a directeur creates gets a password nobody knows: the invitee chooses their own from
 * the mailed link. Otherwise a directeur could create an account under a colleague's address with
 * a password of their own choosing and sign in as that colleague before the mail is even read.
 */
function unknownPassword(e) {
  if (e.hasSuperuserAuth()) return;
  const secret = $security.randomString(48);
  e.record.setPassword(secret);
}

/** A deactivation ends every session: tokens signed with the old key are refused from now on. */
function endSessionsOnDeactivation(record) {
  if (!record.isNew() && record.getBool("deactivated") && !record.original().getBool("deactivated")) record.refreshTokenKey();
}

function refuseDeactivated(record) {
  if (record.getBool("deactivated")) throw new ForbiddenError(DEACTIVATED_MESSAGE);
}

/**
 * E-mail addresses are hidden from other users unless their owner shows them; the directeur who
 * manages the account needs it to invite and to tell accounts apart.
 */
function showEmailToDirector(record, auth) {
  if (auth?.collection().name !== "users") return;
  if (!isActiveDirector(auth.getString("role"), auth.getBool("deactivated"))) return;
  if (auth.getString("municipality") === record.getString("municipality")) record.ignoreEmailVisibility(true);
}

module.exports = {
  unknownPassword,
  refuseLosingLastDirector,
  refuseOtherFields,
  endSessionsOnDeactivation,
  refuseDeactivated,
  showEmailToDirector,
  DEACTIVATED_MESSAGE,
};
