"use client";

import type { Editor } from "@tiptap/core";
import { EditorContent, useEditor } from "@tiptap/react";
import { useEffect } from "react";
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
  /** The live editor (null once it is gone), for the proofreading panel. */
  onEditor?: (editor: Editor | null) => void;
}

// The rich-text body (Tiptap). Desk only: reader pages draw the saved body
// from HTML made on the server (lib/rich-text/to-html.ts) and load none of this.
export function BodyEditor({ initial, label, hint, error, messages, onChange, onEditor }: Props) {
  const editor = useEditor({
    // The proofreading underlines are decorations: the document stays the server's.
    extensions: [...richTextExtensions, ProofMarks],
    content: initial,
    // Rendered on the client only: the server's HTML would not match the editor's.
    immediatelyRender: false,
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
        {editor ? <BodyToolbar editor={editor} messages={messages} /> : <div className="h-9 border-b border-neutral-300 bg-neutral-50" />}
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
