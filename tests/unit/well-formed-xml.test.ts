import { describe, it, expect } from "vitest";
import { checkWellFormed } from "./well-formed-xml.ts";

describe("the XML check of this test", () => {
  it.each([
    ['<?xml version="1.0" encoding="utf-8"?>\n<a>x & y</a>', "raw &"],
    ['<?xml version="1.0" encoding="utf-8"?>\n<a>x < y</a>', "bad tag name"],
    ['<?xml version="1.0" encoding="utf-8"?>\n<a>x > y</a>', "raw >"],
    ['<?xml version="1.0" encoding="utf-8"?>\n<a><b></a></b>', "mismatched"],
    ['<?xml version="1.0" encoding="utf-8"?>\n<a href="x"y">z</a>', "bad attributes"],
    ['<?xml version="1.0" encoding="utf-8"?>\n<a>\u0001</a>', "illegal character"],
  ])("rejects %j", (xml, message) => {
    expect(() => checkWellFormed(xml)).toThrow(message);
  });

  it("accepts escaped text", () => {
    expect(() => checkWellFormed('<?xml version="1.0" encoding="utf-8"?>\n<a b="&quot;&amp;"><c/>&lt;&gt;&apos;</a>\n')).not.toThrow();
  });
});
