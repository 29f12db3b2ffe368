/**
 * A minimal client of PocketBase's realtime API (server-sent events) for rule tests: Node has no
 * EventSource without a flag, and the SDK needs one. Topics take the SDK's form, options included
 * (`lessons/*?options={"query":{"filter":"…"}}`), so a test can subscribe as an attacker would.
 */

type RealtimeMessage = { topic: string; data: { action: string; record: Record<string, unknown> } };

export type RealtimeSubscription = {
  messages: RealtimeMessage[];
  /** Resolves once a message for the topic arrived, or rejects after `timeoutMs`. */
  next(topic: string, timeoutMs?: number): Promise<RealtimeMessage>;
  close(): void;
};

/** The topic string the SDK sends for a subscription with query options. */
export const topicWithQuery = (topic: string, query: Record<string, string>) =>
  `${topic}?options=${encodeURIComponent(JSON.stringify({ query }))}`;

export async function subscribe(baseUrl: string, token: string, topics: readonly string[]): Promise<RealtimeSubscription> {
  const abort = new AbortController();
  const response = await fetch(`${baseUrl}/api/realtime`, { signal: abort.signal, headers: { accept: "text/event-stream" } });
  if (!response.ok || !response.body) throw new Error(`realtime connect: ${response.status}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();

  const messages: RealtimeMessage[] = [];
  const waiting = new Set<() => void>();
  let buffer = "";
  let resolveClientId: (id: string) => void = () => {};
  const clientId = new Promise<string>((resolve) => (resolveClientId = resolve));

  const dispatch = (block: string) => {
    let event = "message";
    const data: string[] = [];
    for (const line of block.split("\n")) {
      if (line.startsWith("event:")) event = line.slice(6).trim();
      else if (line.startsWith("data:")) data.push(line.slice(5).trimStart());
    }
    const parsed = JSON.parse(data.join("\n") || "null");
    if (event === "PB_CONNECT") resolveClientId(parsed.clientId);
    else messages.push({ topic: event, data: parsed });
    for (const wake of waiting) wake();
  };

  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value.replace(/\r\n/g, "\n");
        for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
          dispatch(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
    } catch {
      // closed by close()
    }
  })();

  const posted = await fetch(`${baseUrl}/api/realtime`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: token } : {}) },
    body: JSON.stringify({ clientId: await clientId, subscriptions: topics }),
  });
  if (posted.status !== 204) throw new Error(`realtime subscribe: ${posted.status} ${await posted.text()}`);

  return {
    messages,
    next(topic, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = messages.find((m) => m.topic === topic);
          if (!found) return;
          waiting.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiting.delete(check);
          reject(new Error(`no realtime message for ${topic} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiting.add(check);
        check();
      });
    },
    close: () => abort.abort(),
  };
}
