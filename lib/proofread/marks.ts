// The checker's findings underlined in the article editor's body: a
// ProseMirror plugin of decorations, which never touch the document (no
// undo step, no autosave). Loaded with the editor; the checker itself comes
// later (editor.ts), so the underlines cost the editor no weight.
import { Extension } from "@tiptap/core";
import type { EditorState, Transaction } from "@tiptap/pm/state";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { docRange, type PlainBody } from "@/lib/rich-text/positions";
import type { Finding, Severity } from "./types";

export interface BodyMark {
  from: number;
  to: number;
  severity: Severity;
  /** The finding's key, so a click on the panel can find its mark. */
  id: string;
}

const marksKey = new PluginKey<DecorationSet>("proofMarks");

/** The underlines: set as a whole after each check, moved along with typing in between. */
export const ProofMarks = Extension.create({
  name: "proofMarks",
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: marksKey,
        state: {
          init: () => DecorationSet.empty,
          apply: (tr, set) => (tr.getMeta(marksKey) as DecorationSet | undefined) ?? set.map(tr.mapping, tr.doc),
        },
        props: { decorations: (state) => marksKey.getState(state) },
      }),
    ];
  },
});

/** A transaction that replaces the underlines with these. */
export function setBodyMarks(state: EditorState, marks: readonly BodyMark[]): Transaction {
  const decorations = marks
    .filter((m) => m.from < m.to && m.to <= state.doc.content.size)
    .map((m) => Decoration.inline(m.from, m.to, { class: `proof-mark proof-${m.severity}`, "data-finding": m.id }));
  return state.tr.setMeta(marksKey, DecorationSet.create(state.doc, decorations)).setMeta("addToHistory", false);
}

/** Where the body's findings sit in the document. */
export function bodyMarks(body: PlainBody, findings: readonly (Finding & { key: string })[]): BodyMark[] {
  return findings.flatMap((f) => {
    const range = docRange(body, f.start, f.end);
    return range ? [{ ...range, severity: f.severity, id: f.key }] : [];
  });
}
