/** The fields of a comment that place it in a thread. */
type Threaded = { id: string; reply_to: string };

export type Thread<C extends Threaded> = { question: C; answers: C[] };

/**
 * Questions with their answers beneath them, in the order given (oldest first on a page). An answer
 * whose question is not among the comments (gone, or not readable) stands on its own as a question,
 * so nothing a reader may see disappears.
 */
export function threadsOf<C extends Threaded>(comments: readonly C[]): Thread<C>[] {
  const threads = new Map<string, Thread<C>>();
  for (const comment of comments) if (comment.reply_to === "") threads.set(comment.id, { question: comment, answers: [] });
  const result: Thread<C>[] = [];
  for (const comment of comments) {
    const question = threads.get(comment.reply_to);
    if (comment.reply_to === "") result.push(threads.get(comment.id) as Thread<C>);
    else if (question) question.answers.push(comment);
    else result.push({ question: comment, answers: [] });
  }
  return result;
}

/** Who may mark a question answered or reopen it: its asker and the users of the owning municipality. */
export function mayMarkAnswered(
  question: { author: string; reply_to: string },
  user: { id: string; municipality: string } | null | undefined,
  ownerMunicipality: string,
): boolean {
  if (!user || question.reply_to !== "") return false;
  return question.author === user.id || user.municipality === ownerMunicipality;
}
