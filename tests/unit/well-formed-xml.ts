const ENTITIES = ["&amp;", "&lt;", "&gt;", "&quot;", "&apos;"];

/**
 * A minimal well-formedness check without an XML library: walks the document character by
 * character, requires every tag to be closed in order, every "&" to start a known entity, no "<"
 * in text or attribute values, quoted attribute values, and only XML 1.0 characters.
 */
export function checkWellFormed(xml: string): void {
  const stack: string[] = [];
  let index = 0;
  const fail = (message: string): never => {
    throw new Error(`${message} at ${index}: ${JSON.stringify(xml.slice(Math.max(0, index - 30), index + 30))}`);
  };
  const checkAmpersand = (at: number) => {
    if (!ENTITIES.some((entity) => xml.startsWith(entity, at))) fail("raw &");
  };
  for (const character of xml) {
    const code = character.codePointAt(0) ?? 0;
    const legal =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      code >= 0x10000;
    if (!legal) throw new Error(`illegal character U+${code.toString(16)}`);
  }
  if (!xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n')) fail("no XML declaration");
  index = xml.indexOf("\n") + 1;
  while (index < xml.length) {
    const character = xml.charAt(index);
    if (character === "&") {
      checkAmpersand(index);
      index += 1;
    } else if (character === ">") {
      fail("raw > in text");
    } else if (character !== "<") {
      index += 1;
    } else {
      const end = xml.indexOf(">", index);
      if (end < 0) fail("unclosed tag");
      const inside = xml.slice(index + 1, end);
      const closing = inside.startsWith("/");
      const selfClosing = inside.endsWith("/");
      const body = inside.slice(closing ? 1 : 0, selfClosing ? -1 : undefined);
      const nameEnd = body.search(/[\s]|$/);
      const name = body.slice(0, nameEnd);
      if (!/^[A-Za-z][A-Za-z0-9:_-]*$/.test(name)) fail(`bad tag name ${JSON.stringify(name)}`);
      let attributes = body.slice(nameEnd);
      while (attributes.trim() !== "") {
        const attribute = /^\s+([A-Za-z][A-Za-z0-9:_-]*)="([^"<]*)"/.exec(attributes);
        if (!attribute) fail(`bad attributes ${JSON.stringify(attributes)}`);
        const value = attribute?.[2] ?? "";
        for (let at = value.indexOf("&"); at >= 0; at = value.indexOf("&", at + 1)) {
          if (!ENTITIES.some((entity) => value.startsWith(entity, at))) fail("raw & in attribute");
        }
        attributes = attributes.slice(attribute?.[0].length ?? attributes.length);
      }
      if (closing) {
        if (stack.pop() !== name) fail(`mismatched </${name}>`);
      } else if (!selfClosing) {
        stack.push(name);
      }
      index = end + 1;
    }
  }
  if (stack.length > 0) fail(`unclosed elements ${stack.join(", ")}`);
}

/** The text between the first <tag> and </tag> after `from`. */
export const textOf = (xml: string, tag: string, from = 0): string => {
  const start = xml.indexOf(`<${tag}>`, from);
  const end = xml.indexOf(`</${tag}>`, start);
  if (start < 0 || end < 0) throw new Error(`no <${tag}>`);
  return xml.slice(start + tag.length + 2, end);
};
