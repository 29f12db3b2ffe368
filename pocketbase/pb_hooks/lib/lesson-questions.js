// A lesson question's counts and ranked order, kept for its next pages (pages 2–10 then cost only
// their own rows). Kept like answer-cache.js keeps whole answers, and under its keys: route
// "lessonQuestions" is in its READS, so a committed change to lessons, pilots or municipalities
// moves this route's version on and drops what is kept. The version is read before the question
// is computed, so a question that ran while a change committed is kept where nobody looks.
const ROUTE = "lessonQuestions";
const PREFIX = `proeftuin.answers:${ROUTE}:`;
const MAX_ENTRIES = 500;

/** The kept question for `parts` (everything its counts depend on: text, filters, who asks). */
function keptQuestion(e, parts) {
  const store = e.app.store();
  const key = `${PREFIX}${store.get(`proeftuin.answerVersion:${ROUTE}`) || 0}:${JSON.stringify(parts)}`;
  return {
    read() {
      const [value, found] = store.getOk(key);
      return found ? JSON.parse(String(value)) : null;
    },
    write(question) {
      let entries = 0;
      for (const name of store.keys()) if (String(name).startsWith(PREFIX)) entries++;
      if (entries >= MAX_ENTRIES) for (const name of store.keys()) if (String(name).startsWith(PREFIX)) store.remove(name);
      store.set(key, JSON.stringify(question));
    },
  };
}

module.exports = { keptQuestion };
