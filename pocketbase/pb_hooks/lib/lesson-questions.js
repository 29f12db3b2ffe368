// A lesson question's counts and ranked order, kept for its next pages (pages 2–10 then cost only
// their own rows). Kept by answer-cache.js under route "lessonQuestions", which is in its READS: a
// committed change to lessons, pilots or municipalities moves the route's version on and drops
// what is kept.

/** The kept question for `parts` (everything its counts depend on: text, filters, who asks). */
function keptQuestion(e, parts) {
  const text = require(`${__hooks}/lib/answer-cache.js`).kept(e, "lessonQuestions", parts);
  return {
    read() {
      const found = text.read();
      return found === null ? null : JSON.parse(found);
    },
    write(question) {
      text.write(JSON.stringify(question));
    },
  };
}

module.exports = { keptQuestion };
