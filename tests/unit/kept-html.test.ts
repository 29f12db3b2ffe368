import { expect, it } from "vitest";
import { htmlKeeper } from "../../src/server/kept-html.ts";

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
  expect(await keep("a", render)).toBe("<p>a</p>");
  expect(await keep("a", counted("<p>other</p>"))).toBe("<p>a</p>");
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
  expect(await keep("b", b)).toBe("b2");
  expect(b.calls).toBe(1);
  const a = counted("a2");
  expect(await keep("a", a)).toBe("aaaa");
  expect(a.calls).toBe(0);
});

it("counts a key drawn twice at once only once", async () => {
  const keep = htmlKeeper(10);
  await Promise.all([keep("a", counted("aaaaaa")), keep("a", counted("aaaaaa"))]);
  // Counted twice, 12 characters would have pushed "a" out at once.
  const again = counted("new");
  expect(await keep("a", again)).toBe("aaaaaa");
  expect(again.calls).toBe(0);
});
