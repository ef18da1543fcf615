"use client";

import type { Editor } from "@tiptap/core";
import { Selection } from "@tiptap/pm/state";
import { EditorContent, useEditor } from "@tiptap/react";
import { useEffect, useLayoutEffect, useSyncExternalStore } from "react";
import type { Messages } from "@/lib/i18n/messages";
import { ProofMarks } from "@/lib/proofread/marks";
import { richTextExtensions } from "@/lib/rich-text/extensions";
import { cleanPastedHtml } from "@/lib/rich-text/paste";
import type { RichDoc } from "@/lib/rich-text/schema";
import { richTextToPlain } from "@/lib/rich-text/to-text";
import { BodyToolbar } from "./body-toolbar";

interface Props {
  /** Read once: to replace the text (a restore, "take theirs"), the form remounts the editor. */
  initial: RichDoc;
  label: string;
  hint: string;
  error?: string;
  messages: Messages["editor"];
  onChange: (doc: RichDoc, text: string) => void;
  /** The article, once saved (for the picture picker). */
  articleId?: () => string | undefined;
  /** Take the cursor, at the end of the text, as soon as the editor is up. */
  autoFocus?: boolean;
  /** The live editor (null once it is gone), for the proofreading panel. */
  onEditor?: (editor: Editor | null) => void;
}

const noSubscription = () => () => {};
/** False while hydrating the server's HTML, true for anything drawn in the browser afterwards. */
const useDrawnInBrowser = () => useSyncExternalStore(noSubscription, () => true, () => false);

// The rich-text body (Tiptap). Desk only: reader pages draw the saved body
// from HTML made on the server (lib/rich-text/to-html.ts) and load none of this.
export function BodyEditor({ initial, label, hint, error, messages, onChange, articleId, autoFocus = false, onEditor }: Props) {
  const editor = useEditor({
    // The proofreading underlines are decorations: the document stays the server's.
    extensions: [...richTextExtensions, ProofMarks],
    content: initial,
    // The server's HTML would not match the editor's, so a page as it loads
    // makes the editor after hydrating; one drawn in the browser (a move
    // after the first save) makes it at once, so the cursor can be put back
    // before the next keystroke arrives.
    immediatelyRender: useDrawnInBrowser(),
    editorProps: {
      attributes: {
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": "field-body-label",
        "aria-describedby": "field-body-hint field-body-error",
        class: "rich-body min-h-96 px-3 py-2 font-serif leading-7 focus:outline-none",
      },
      transformPastedHTML: (html) => cleanPastedHtml(html),
    },
    onUpdate: ({ editor: e }) => {
      const doc = e.getJSON() as RichDoc;
      onChange(doc, richTextToPlain(doc));
    },
  });

  // At once, in the commit that draws the editor: Tiptap's own focus waits a
  // frame, and a keystroke in that frame would go nowhere.
  useLayoutEffect(() => {
    if (!autoFocus || !editor || editor.isDestroyed || editor.view.hasFocus()) return;
    editor.view.dispatch(editor.state.tr.setSelection(Selection.atEnd(editor.state.doc)));
    editor.view.focus();
  }, [autoFocus, editor]);

  useEffect(() => {
    onEditor?.(editor);
    return () => onEditor?.(null);
  }, [editor, onEditor]);

  return (
    <div>
      <span id="field-body-label" className="text-sm font-medium">
        {label}
      </span>
      <div className={`mt-1 rounded border bg-white focus-within:ring-2 focus-within:ring-neutral-500 ${error ? "border-red-700" : "border-neutral-400"}`}>
        {editor ? <BodyToolbar editor={editor} messages={messages} articleId={articleId} /> : <div className="h-9 border-b border-neutral-300 bg-neutral-50" />}
        {editor ? <EditorContent editor={editor} /> : <div className="min-h-96" />}
      </div>
      <p id="field-body-hint" className="mt-1 text-xs text-neutral-600">
        {hint}
      </p>
      <p id="field-body-error" aria-live="polite" className="text-sm text-red-700">
        {error}
      </p>
    </div>
  );
}
