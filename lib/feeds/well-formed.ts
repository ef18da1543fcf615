// A small XML well-formedness check for the tests, since no XML parser is
// installed: one root element, tags that nest and close, quoted attributes,
// only the five entities or character references, and no character that
// XML 1.0 forbids. Returns the first problem found, or null.
const DECLARATION = /^<\?xml[^?]*\?>/;
const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
const ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

export function xmlProblem(xml: string): string | null {
  if (FORBIDDEN.test(xml)) return "forbidden character";
  let i = DECLARATION.exec(xml)?.[0].length ?? 0;
  const open: string[] = [];
  let roots = 0;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const text = xml.slice(i, lt === -1 ? xml.length : lt);
    if (ENTITY.test(text)) return `bare & in text near "${text.slice(0, 40)}"`;
    if (open.length === 0 && text.trim()) return `text outside the root: "${text.trim().slice(0, 40)}"`;
    if (lt === -1) break;

    TAG.lastIndex = lt;
    const tag = TAG.exec(xml);
    if (!tag) return `malformed tag at ${lt}: "${xml.slice(lt, lt + 40)}"`;
    const [whole, closing, name, attributes = "", selfClosing] = tag;
    if (ENTITY.test(attributes)) return `bare & in an attribute of <${name}>`;
    if (closing) {
      if (attributes || selfClosing) return `malformed closing tag </${name}>`;
      if (open.pop() !== name) return `</${name}> closes the wrong element`;
    } else {
      if (open.length === 0 && ++roots > 1) return "more than one root element";
      if (!selfClosing) open.push(name!);
    }
    i = lt + whole.length;
  }
  if (open.length) return `unclosed <${open.at(-1)}>`;
  return roots === 1 ? null : "no root element";
}
