// Limits attempts at the auth endpoints a visitor can call without being signed in, per visitor.
// PocketBase's own limiter cannot do this here: it keys on one address, and it has to leave this
// machine's address alone (seeding, tests and tools sign in from it), while a visitor that reaches
// the site through a proxy on the same host, or from the host itself, has that address too.
// So the site names the visitor in X-Forwarded-For, and only the site's header is believed.

const PREFIX = "proeftuin.attempts:";
const WINDOW_MS = 60 * 1000;
/** Attempts a visitor has per window and endpoint; the next one is refused until the window ends. */
const MAX_ATTEMPTS = 5;
/** Past this many entries in the app store, spent windows are swept out. */
const SWEEP_ABOVE = 10000;

const LOOPBACK = ["127.0.0.1", "::1", "::ffff:127.0.0.1"];
const isLoopback = (address) => LOOPBACK.includes(address) || address.startsWith("127.");

/**
 * Who is asking: the address the site forwards for its visitor, when the request comes from this
 * machine (the site runs beside PocketBase); the caller's own address otherwise. Calls from this
 * machine that name no visitor are PocketBase's own tools and are not limited ("").
 */
function visitorOf(e) {
  const peer = e.remoteIP();
  if (!isLoopback(peer)) return peer;
  // requestInfo() names headers in lower case with underscores; e.request is not reachable from
  // these auth events' handlers.
  const forwarded = String(e.requestInfo().headers.x_forwarded_for || "");
  const last = forwarded
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .pop();
  return last || "";
}

const keyOf = (endpoint, visitor) => `${PREFIX}${endpoint}:${visitor}`;

/** Stored as "count|window start in ms": the app store is shared by all hook VMs, plain values travel safely. */
function parse(value) {
  const [count, start] = String(value || "0|0")
    .split("|")
    .map(Number);
  return { count: count || 0, start: start || 0 };
}

function attemptsNow(store, key, now) {
  const { count, start } = parse(store.get(key));
  return now - start >= WINDOW_MS ? 0 : count;
}

function sweep(store, now) {
  for (const key of store.keys()) {
    if (String(key).startsWith(PREFIX) && now - parse(store.get(key)).start >= WINDOW_MS) store.remove(key);
  }
}

/** Refuses with 429 when this visitor has spent its attempts at this endpoint. */
/** Whether this visitor has used up its attempts at this endpoint; a visitor "" never has. */
const spent = (store, endpoint, visitor) => visitor !== "" && attemptsNow(store, keyOf(endpoint, visitor), Date.now()) >= MAX_ATTEMPTS;

function refuseWhenSpent(store, endpoint, visitor) {
  if (spent(store, endpoint, visitor)) {
    throw new TooManyRequestsError("Te veel pogingen vanaf uw verbinding. Wacht een minuut en probeer het dan opnieuw.");
  }
}

function count(store, endpoint, visitor) {
  if (!visitor) return;
  const now = Date.now();
  store.setFunc(keyOf(endpoint, visitor), (old) => {
    const { count, start } = parse(old);
    return now - start >= WINDOW_MS ? `1|${now}` : `${count + 1}|${start}`;
  });
  if (store.length() > SWEEP_ABOVE) sweep(store, now);
}

/**
 * Counts every call: each one sends an e-mail. Past the limit nothing is sent, with the answer
 * PocketBase gives for an unknown address, so the limit tells nobody which addresses have accounts
 * (these hooks only run for existing accounts).
 */
function limitMail(e, endpoint) {
  const visitor = visitorOf(e);
  const store = e.app.store();
  if (spent(store, endpoint, visitor)) return e.noContent(204);
  count(store, endpoint, visitor);
  e.next();
}

/**
 * limitMail for one-time codes. PocketBase answers an unknown address with a made-up otpId, so past
 * the limit so does this: the code the visitor then types simply does not fit.
 */
function limitCodeMail(e) {
  const visitor = visitorOf(e);
  const store = e.app.store();
  if (spent(store, "otp-request", visitor))
    return e.json(200, { otpId: $security.randomStringWithAlphabet(15, "abcdefghijklmnopqrstuvwxyz0123456789") });
  count(store, "otp-request", visitor);
  e.next();
}

/** Counts failed calls only: people who sign in right are never held up by colleagues behind the same address. */
function limitFailures(e, endpoint) {
  const visitor = visitorOf(e);
  refuseWhenSpent(e.app.store(), endpoint, visitor);
  try {
    e.next();
  } catch (error) {
    // A right password that needs a second step (MFA) has its 401 already written: not a failure.
    if (!e.written()) count(e.app.store(), endpoint, visitor);
    throw error;
  }
}

module.exports = { limitMail, limitCodeMail, limitFailures };
