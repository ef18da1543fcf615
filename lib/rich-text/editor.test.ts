// @vitest-environment happy-dom
// The editor and the server agree: what Tiptap makes with these extensions
// passes the server's schema, turns into the plain body and the reader's HTML.
import { Editor } from "@tiptap/core";
import { afterEach, describe, expect, it } from "vitest";
import { richTextExtensions } from "./extensions";
import { plainToRichText } from "./from-text";
import { cleanPastedHtml } from "./paste";
import { richDocSchema } from "./schema";
import { richTextToPlain } from "./to-text";

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

const make = (content: object) => (editor = new Editor({ extensions: richTextExtensions, content }));

describe("the editor's documents", () => {
  it("open an old plain body as its paragraphs, unchanged", () => {
    const doc = plainToRichText("第一段。\n\n第二段\n换行。");
    expect(make(doc).getJSON()).toEqual(doc);
  });

  it("made with every command pass the server's schema", () => {
    const e = make(plainToRichText("导语。"));
    // (`commands` is bound to the state when read: read it for every step.)
    const c = new Proxy({} as Editor["commands"], { get: (_, name) => e.commands[name as keyof Editor["commands"]] });
    // One command at a time, as a person would: each at the end of the text.
    const steps = [
      () => c.splitBlock(),
      () => c.toggleHeading({ level: 2 }),
      () => c.insertContent("小标题"),
      () => c.splitBlock(), // after a heading, a paragraph
      () => c.toggleBold(),
      () => c.insertContent("加粗"),
      () => c.toggleBold(),
      () => c.toggleItalic(),
      () => c.insertContent("斜体"),
      () => c.toggleItalic(),
      () => c.splitBlock(),
      () => c.toggleBulletList(),
      () => c.insertContent("一"),
      () => c.insertContent({ type: "orderedList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "二" }] }] }] }),
      () => c.splitBlock(),
      () => c.toggleBlockquote(),
      () => c.insertContent({ type: "text", text: "链接", marks: [{ type: "link", attrs: { href: "https://example.com" } }] }),
      () => c.insertFigure({ src: "/media/abc/800", alt: "公园", caption: "图为公园。", credit: "郭坤 摄" }),
    ];
    for (const step of steps) {
      c.focus("end");
      expect([steps.indexOf(step), step()]).toEqual([steps.indexOf(step), true]);
    }
    const json = e.getJSON();
    const parsed = richDocSchema.safeParse(json);
    expect(parsed.error?.issues ?? []).toEqual([]);
    const types = JSON.stringify(json);
    for (const type of ["heading", "bold", "italic", "bulletList", "orderedList", "blockquote", "link", "figure"]) expect(types).toContain(`"${type}"`);
    expect(richTextToPlain(parsed.data!)).toContain("加粗斜体");
  });

  it("refuse an unsafe link from a paste, and keep a safe one", () => {
    const e = make(plainToRichText(""));
    e.commands.setContent(cleanPastedHtml('<p><a href="javascript:alert(1)">坏</a><a href="https://example.com" style="color:red">好</a></p>'));
    const marks = JSON.stringify(e.getJSON());
    expect(marks).not.toContain("javascript:");
    expect(marks).toContain("https://example.com");
    expect(richDocSchema.safeParse(e.getJSON()).success).toBe(true);
  });

  it("read a pasted figure with its caption and credit", () => {
    const e = make(plainToRichText(""));
    e.commands.setContent('<figure data-credit="郭坤 摄"><img src="https://example.com/a.jpg" alt="公园"><figcaption>图为公园。 郭坤 摄</figcaption></figure>');
    expect(e.getJSON().content?.[0]).toEqual({ type: "figure", attrs: { src: "https://example.com/a.jpg", alt: "公园", caption: "图为公园。", credit: "郭坤 摄" } });
  });
});
