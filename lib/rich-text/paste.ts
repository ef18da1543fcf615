// Cleans HTML pasted from Word or a web page before the editor's schema
// reads it: keeps headings, lists, paragraphs, links and emphasis; drops
// styles, classes, spans, fonts and Word's mso- markup. (Security is not
// this function's job: the server checks and sanitises whatever is saved.)

const DROP = new Set(["STYLE", "SCRIPT", "META", "LINK", "TITLE", "XML", "HEAD", "TEMPLATE", "IFRAME", "OBJECT", "EMBED", "SVG", "MATH", "O:P"]);
// Block wrappers (div, section) stay: the editor reads each as a paragraph break.
const UNWRAP = new Set(["SPAN", "FONT", "U", "INS", "DEL", "S", "SMALL", "BIG", "SUP", "SUB", "NOBR"]);
const RENAME: Record<string, string> = { H1: "h2", H4: "h3", H5: "h3", H6: "h3", B: "strong", I: "em" };
const KEEP_ATTRS: Record<string, string[]> = { A: ["href"], IMG: ["src", "alt"] };

const parseDefault = (html: string) => new DOMParser().parseFromString(html, "text/html");

export function cleanPastedHtml(html: string, parse: (html: string) => Document = parseDefault): string {
  const doc = parse(html);
  convertTables(doc);
  convertWordLists(doc);
  clean(doc.body);
  return doc.body.innerHTML.trim();
}

const style = (el: Element) => (el.getAttribute("style") ?? "").toLowerCase().replace(/\s+/g, "");

function unwrap(el: Element) {
  el.replaceWith(...Array.from(el.childNodes));
}

function rename(el: Element, tag: string): Element {
  const next = el.ownerDocument.createElement(tag);
  for (const attr of Array.from(el.attributes)) next.setAttribute(attr.name, attr.value);
  next.append(...Array.from(el.childNodes));
  el.replaceWith(next);
  return next;
}

/** Bold or italic set by a style (Google Docs, web pages) becomes <strong>/<em> before the style goes. */
function emphasisFromStyle(el: Element) {
  const css = style(el);
  const wrappers = [/font-weight:(bold|[6-9]00)/.test(css) && "strong", /font-style:italic/.test(css) && "em"].filter(Boolean) as string[];
  for (const tag of wrappers) {
    const wrapper = el.ownerDocument.createElement(tag);
    wrapper.append(...Array.from(el.childNodes));
    el.append(wrapper);
  }
}

function clean(root: Element) {
  // Children first, so that unwrapping a node never skips what it held.
  for (const child of Array.from(root.childNodes)) {
    if (child.nodeType === 8) child.remove();
    else if (child.nodeType === 1) cleanElement(child as Element);
  }
}

function cleanElement(original: Element) {
  let el = original;
  const tag = el.tagName.toUpperCase();
  if (DROP.has(tag)) return el.remove();
  // Google Docs wraps the whole paste in <b style="font-weight:normal">.
  if (tag === "B" && /font-weight:(normal|400)/.test(style(el))) {
    clean(el);
    return unwrap(el);
  }
  if (UNWRAP.has(tag)) emphasisFromStyle(el);
  if (RENAME[tag]) el = rename(el, RENAME[tag]);
  for (const attr of Array.from(el.attributes)) {
    if (!KEEP_ATTRS[el.tagName.toUpperCase()]?.includes(attr.name.toLowerCase())) el.removeAttribute(attr.name);
  }
  clean(el);
  if (UNWRAP.has(tag)) unwrap(el);
  // Word's spacer paragraphs (<p>&nbsp;</p>) would become empty paragraphs.
  else if (tag === "P" && !el.querySelector("img,br") && !(el.textContent ?? "").replace(/[\s\u00a0]/g, "")) el.remove();
}

// The body has no tables: read as they are, a row's cells would run
// together ("单位负责人热力公司张三"). Each row becomes a paragraph of its own,
// its cells kept apart by a full-width space, as a typesetter sets a table
// in running text; the editor can then rework it by hand.
const CELL_GAP = "\u3000";
const cellText = (cell: Element) => (cell.textContent ?? "").replace(/[\s\u00a0]+/g, " ").trim();

function convertTables(doc: Document) {
  // Innermost first, so a table inside a cell is flattened into that cell's text.
  for (const table of Array.from(doc.body.querySelectorAll("table")).reverse()) {
    const rows = Array.from(table.querySelectorAll("tr")).filter((row) => row.closest("table") === table);
    const paragraphs = rows
      .map((row) => Array.from(row.children).filter((cell) => /^(TD|TH)$/i.test(cell.tagName)).map(cellText).filter(Boolean).join(CELL_GAP))
      .filter(Boolean)
      .map((text) => {
        const p = doc.createElement("p");
        p.textContent = text;
        return p;
      });
    table.replaceWith(...paragraphs);
  }
}

// Word writes a list as paragraphs with `mso-list` styles, the bullet or
// number typed out between <![if !supportLists]> and <![endif]>.
const isWordListItem = (node: Node | null): node is Element =>
  !!node && node.nodeType === 1 && /mso-list:(?!none)/.test(style(node as Element));

function takeMarker(p: Element): string {
  let marker = "";
  let inside = false;
  const walker = p.ownerDocument.createTreeWalker(p, 0x80 | 0x4 | 0x1);
  const doomed: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 8) {
      const data = (node as Comment).data.trim().toLowerCase();
      if (data.startsWith("[if !supportlists]")) inside = true;
      else if (data.startsWith("[endif]")) inside = false;
      doomed.push(node);
    } else if (inside) {
      if (node.nodeType === 3) marker += node.textContent ?? "";
      doomed.push(node);
    }
  }
  for (const node of doomed) if (node.isConnected) (node as ChildNode).remove();
  return marker.replace(/\u00a0/g, " ").trim();
}

function convertWordLists(doc: Document) {
  for (const first of Array.from(doc.body.querySelectorAll("p"))) {
    if (!first.isConnected || !isWordListItem(first) || isWordListItem(previousElement(first))) continue;
    const items: Element[] = [];
    for (let node: Element | null = first; isWordListItem(node); node = nextElement(node)) items.push(node);
    const ordered = /^[(]?[0-9a-zA-Z一二三四五六七八九十ivxIVX]+[.)、）]/.test(takeMarker(items[0]!));
    const list = doc.createElement(ordered ? "ol" : "ul");
    first.before(list);
    for (const p of items) {
      if (p !== items[0]) takeMarker(p);
      const li = doc.createElement("li");
      li.append(rename(p, "p"));
      list.append(li);
    }
  }
}

function previousElement(el: Element): Element | null {
  return el.previousElementSibling;
}

function nextElement(el: Element): Element | null {
  return el.nextElementSibling;
}
