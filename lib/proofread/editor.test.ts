// The checker in the editor: the plain body read off the live document is
// exactly the body the server stores, each character knows its place, and
// Fix / "Fix all of this kind" on the document make the same text as
// fixAll on the plain body — on the seed page, no punctuation finding left
// and not one other character changed.
import { readFileSync } from "node:fs";
import path from "node:path";
import { getSchema } from "@tiptap/core";
import { Node as DocNode } from "@tiptap/pm/model";
import { EditorState } from "@tiptap/pm/state";
import { diffChars } from "diff";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importPage } from "@/lib/import";
import { richTextExtensions } from "@/lib/rich-text/extensions";
import { plainToRichText } from "@/lib/rich-text/from-text";
import { docRange, figureCaptions, figureCaptionsOf, plainBodyOf } from "@/lib/rich-text/positions";
import type { RichNode } from "@/lib/rich-text/schema";
import { richTextToPlain } from "@/lib/rich-text/to-text";
import { checkText } from "./check";
import { applyBodyFixes, fixAllInBody } from "./editor";
import { bodyMarks, ProofMarks, setBodyMarks } from "./marks";
import { fixAll, PUNCTUATION_RULES } from "./fix";

const schema = getSchema(richTextExtensions);
const stateOf = (json: RichNode) => EditorState.create({ doc: DocNode.fromJSON(schema, json) });
const plain = (state: EditorState) => plainBodyOf(state.doc).text;
const changedCharacters = (before: string, after: string) =>
  diffChars(before, after)
    .filter((part) => part.added || part.removed)
    .map((part) => part.value)
    .join("");

const text = (t: string, bold = false): RichNode => ({ type: "text", text: t, ...(bold ? { marks: [{ type: "bold" }] } : {}) });
const para = (...content: RichNode[]): RichNode => (content.length ? { type: "paragraph", content } : { type: "paragraph" });

// Documents of every block the editor makes, with spaces at the edges, hard
// breaks, marks, pictures and empty paragraphs.
const inline = fc.oneof(
  fc.constantFrom("会议强调,", " ", "\u3000", "好的很", "𠮷", "...", "Hello", "2021").map((t) => text(t)),
  fc.constantFrom("加粗,", "粗").map((t) => text(t, true)),
  fc.constant<RichNode>({ type: "hardBreak" }),
);
const textblock = fc.tuple(fc.boolean(), fc.array(inline, { maxLength: 6 })).map(([heading, content]): RichNode => ({
  ...(heading ? { type: "heading", attrs: { level: 2 } } : { type: "paragraph" }),
  ...(content.length ? { content } : {}),
}));
const block = fc.oneof(
  { weight: 4, arbitrary: textblock },
  { weight: 1, arbitrary: fc.array(textblock, { minLength: 1, maxLength: 2 }).map((ps): RichNode => ({ type: "bulletList", content: ps.map((p) => ({ type: "listItem", content: [{ ...p, type: "paragraph", attrs: undefined }] })) })) },
  { weight: 1, arbitrary: textblock.map((p): RichNode => ({ type: "blockquote", content: [{ ...p, type: "paragraph", attrs: undefined }] })) },
  { weight: 1, arbitrary: fc.constantFrom("图为,公园", "").map((caption): RichNode => ({ type: "figure", attrs: { src: "/media/a/800", alt: "", caption, credit: "" } })) },
);
const docs = fc.array(block, { minLength: 1, maxLength: 8 }).map((content): RichNode => ({ type: "doc", content }));

describe("the plain body of the editor's document", () => {
  it("is exactly richTextToPlain, and each character knows where it sits", () => {
    fc.assert(
      fc.property(docs, (json) => {
        const doc = DocNode.fromJSON(schema, json);
        const body = plainBodyOf(doc);
        expect(body.text).toBe(richTextToPlain(doc.toJSON() as RichNode));
        expect(body.positions).toHaveLength(body.text.length);
        for (let i = 0; i < body.text.length; i++) {
          const at = body.positions[i]!;
          if (at < 0) {
            expect(body.text[i]).toBe("\n");
            continue;
          }
          const own = doc.textBetween(at, at + 1, undefined, "\n");
          expect(own, `${JSON.stringify(body.text)} @${i}`).toBe(body.text[i]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("lists the figures' captions in order, from the document and from its JSON", () => {
    const json: RichNode = { type: "doc", content: [para(text("一。")), { type: "figure", attrs: { src: "/a", caption: "甲,乙" } }, { type: "blockquote", content: [{ type: "figure", attrs: { src: "/b", caption: "丙" } }] }] };
    expect(figureCaptions(json)).toEqual(["甲,乙", "丙"]);
    expect(figureCaptionsOf(stateOf(json).doc).map((f) => f.caption)).toEqual(["甲,乙", "丙"]);
  });
});

describe("fixes in the editor", () => {
  it("replace only the finding's characters and keep their formatting", () => {
    const state = stateOf({ type: "doc", content: [para(text("会议强调"), text(",疫情", true), text("防控要从严...")), para(text("第二段。"))] });
    const body = plainBodyOf(state.doc);
    const tr = state.tr;
    expect(applyBodyFixes(tr, body, checkText(body.text, { rules: ["halfWidthPunctuation"] }))).toBe(1);
    const after = state.apply(tr);
    expect(plain(after)).toBe("会议强调，疫情防控要从严...\n\n第二段。");
    const bold = after.doc.firstChild!.child(1);
    expect([bold.text, bold.marks.map((m) => m.type.name)]).toEqual(["，疫情", ["bold"]]);
  });

  it("join a paragraph broken by a column jump into one, changing nothing else", () => {
    const state = stateOf(plainToRichText("区领导刘\n\n涛、谷静出席,会议。\n\n下一段。"));
    const body = plainBodyOf(state.doc);
    const [broken] = checkText(body.text, { rules: ["brokenParagraph"] });
    const tr = state.tr;
    applyBodyFixes(tr, body, [broken!]);
    const after = state.apply(tr);
    expect(plain(after)).toBe("区领导刘涛、谷静出席,会议。\n\n下一段。");
    expect(after.doc.childCount).toBe(2);
  });

  it("underline exactly the findings' characters", () => {
    const state = stateOf({ type: "doc", content: [para(text("他说,"), text("好的很", true), text("。")), { type: "figure", attrs: { src: "/a" } }, para(text(" 开发区 召开...会议"))] });
    const body = plainBodyOf(state.doc);
    const findings = checkText(body.text).map((f) => ({ ...f, key: `${f.start}` }));
    const marks = bodyMarks(body, findings);
    expect(marks.map((m) => state.doc.textBetween(m.from, m.to))).toEqual(findings.map((f) => body.text.slice(f.start, f.end)));
    expect(docRange(body, 2, 3)).toEqual({ from: marks[0]!.from, to: marks[0]!.to });
    const gap = body.text.indexOf("\n\n");
    expect(docRange(body, gap, gap + 2)).toBeNull();
    // Setting the marks changes no text and is not an undo step.
    const tr = setBodyMarks(state, marks);
    expect(tr.docChanged).toBe(false);
    expect(tr.getMeta("addToHistory")).toBe(false);
    expect(ProofMarks.name).toBe("proofMarks");
  });

  it("Fix all of one kind fixes that kind only, and leaves what the caller leaves out", () => {
    const state = stateOf(plainToRichText("甲,乙,丙...\n\n丁,戊"));
    const ellipsis = fixAllInBody(state, { rules: ["ellipsis"] });
    expect(plain(state.apply(ellipsis.tr))).toBe("甲,乙,丙……\n\n丁,戊");
    const someCommas = fixAllInBody(state, { rules: ["halfWidthPunctuation"], select: (f, t) => t.slice(0, f.start).includes("乙") });
    expect(someCommas.changed).toBe(2);
    expect(plain(state.apply(someCommas.tr))).toBe("甲,乙，丙...\n\n丁，戊");
  });
});

describe("the seed page in the editor", () => {
  const page = readFileSync(path.join(process.cwd(), "prisma", "demo", "zhoukou-development-zone-page.txt"), "utf8");
  const punctuation = (t: string) => checkText(t, { rules: PUNCTUATION_RULES });

  it("after Fix all of each punctuation kind, has no punctuation finding left and not one other character changed", () => {
    let state = stateOf(plainToRichText(page));
    const before = plain(state);
    expect(punctuation(before).length).toBeGreaterThan(272);
    for (const rule of PUNCTUATION_RULES) state = state.apply(fixAllInBody(state, { rules: [rule] }).tr);
    const after = plain(state);
    expect(punctuation(after)).toEqual([]);
    expect(after).toBe(fixAll(before, { rules: PUNCTUATION_RULES }).text);
    expect(changedCharacters(before, after)).toMatch(/^[,;:()，；：（）.…]+$/);
    expect(after.replace(/[,;:()，；：（）.…]/g, "")).toBe(before.replace(/[,;:()，；：（）.…]/g, ""));
  });

  it("fixes each imported article as fixAll fixes its body", () => {
    for (const article of importPage(page, { editionDate: "2021-11-02" }).articles) {
      const body = article.paragraphs.join("\n\n");
      const state = stateOf(plainToRichText(body));
      const fixed = state.apply(fixAllInBody(state, { rules: PUNCTUATION_RULES }).tr);
      expect(plain(fixed), article.headline).toBe(fixAll(body, { rules: PUNCTUATION_RULES }).text);
    }
  });
});
