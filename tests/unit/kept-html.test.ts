import { expect, it } from "vitest";
import { htmlKeeper } from "../../src/server/kept-html.ts";

/** What the keeper gave, as text: kept parts come as UTF-8 bytes. */
const text = async (given: Promise<string | Uint8Array>) => {
  const value = await given;
  return typeof value === "string" ? value : new TextDecoder().decode(value);
};

/** A render that says how often it ran, and what it drew. */
function counted(html: string) {
  const render = async () => {
    render.calls += 1;
    return html;
  };
  render.calls = 0;
  return render;
}

it("draws a key once and gives the same HTML after that; without a key it draws every time", async () => {
  const keep = htmlKeeper(1_000);
  const render = counted("<p>a</p>");
  expect(await text(keep("a", render))).toBe("<p>a</p>");
  expect(await text(keep("a", counted("<p>other</p>")))).toBe("<p>a</p>");
  expect(render.calls).toBe(1);

  const unkept = counted("<p>form</p>");
  await keep(null, unkept);
  await keep(null, unkept);
  expect(unkept.calls).toBe(2);
});

it("forgets the HTML used longest ago once the characters kept pass the bound", async () => {
  const keep = htmlKeeper(10);
  await keep("a", counted("aaaa"));
  await keep("b", counted("bbbb"));
  await keep("a", counted("never")); // a is now the most recently used
  await keep("c", counted("cccc")); // 12 characters: b goes
  const b = counted("b2");
  expect(await text(keep("b", b))).toBe("b2");
  expect(b.calls).toBe(1);
  const a = counted("a2");
  expect(await text(keep("a", a))).toBe("aaaa");
  expect(a.calls).toBe(0);
});

it("counts a key drawn twice at once only once", async () => {
  const keep = htmlKeeper(10);
  await Promise.all([keep("a", counted("aaaaaa")), keep("a", counted("aaaaaa"))]);
  // Counted twice, 12 characters would have pushed "a" out at once.
  const again = counted("new");
  expect(await text(keep("a", again))).toBe("aaaaaa");
  expect(again.calls).toBe(0);
});

it("draws a kept part again when a stream took its bytes over, rather than give an empty part", async () => {
  const keep = htmlKeeper(1_000);
  const first = await keep("a", counted("<p>één</p>"));
  if (typeof first === "string") throw new Error("a kept part comes as bytes");
  // What a byte stream may do with a chunk it is given: its buffer moves, the array is left empty.
  structuredClone(first.buffer, { transfer: [first.buffer] });
  expect(first.length).toBe(0);
  const again = counted("<p>één</p>");
  expect(await text(keep("a", again))).toBe("<p>één</p>");
  expect(again.calls).toBe(1);
});
