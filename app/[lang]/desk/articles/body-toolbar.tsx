"use client";

import { useEditorState, type Editor } from "@tiptap/react";
import { useState } from "react";
import type { Messages } from "@/lib/i18n/messages";
import { FigureForm } from "./figure-form";
import { LinkForm } from "./link-form";

interface Props {
  editor: Editor;
  messages: Messages["editor"];
}

type Panel = "link" | "image" | null;

const buttonClass = "min-w-8 rounded px-2 py-1 text-sm hover:bg-neutral-200 aria-pressed:bg-neutral-800 aria-pressed:text-white";

/** Formatting buttons; each also has its keyboard shortcut (⌘/Ctrl+B, I, Alt+2, Alt+3, Shift+8, Shift+7, Shift+B). */
export function BodyToolbar({ editor, messages: m }: Props) {
  const [panel, setPanel] = useState<Panel>(null);
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      h2: e.isActive("heading", { level: 2 }),
      h3: e.isActive("heading", { level: 3 }),
      bullet: e.isActive("bulletList"),
      ordered: e.isActive("orderedList"),
      quote: e.isActive("blockquote"),
    }),
  });
  const chain = () => editor.chain().focus();
  const buttons: { label: string; text: string; pressed?: boolean; expanded?: boolean; shortcut?: string; run: () => void }[] = [
    { label: m.bold, text: "B", pressed: active.bold, shortcut: "Mod+B", run: () => chain().toggleBold().run() },
    { label: m.italic, text: "I", pressed: active.italic, shortcut: "Mod+I", run: () => chain().toggleItalic().run() },
    { label: m.heading, text: "H2", pressed: active.h2, shortcut: "Mod+Alt+2", run: () => chain().toggleHeading({ level: 2 }).run() },
    { label: m.subhead, text: "H3", pressed: active.h3, shortcut: "Mod+Alt+3", run: () => chain().toggleHeading({ level: 3 }).run() },
    { label: m.bulletList, text: "•", pressed: active.bullet, shortcut: "Mod+Shift+8", run: () => chain().toggleBulletList().run() },
    { label: m.numberedList, text: "1.", pressed: active.ordered, shortcut: "Mod+Shift+7", run: () => chain().toggleOrderedList().run() },
    { label: m.quote, text: "❝", pressed: active.quote, shortcut: "Mod+Shift+B", run: () => chain().toggleBlockquote().run() },
    { label: m.link, text: "🔗", expanded: panel === "link", run: () => setPanel(panel === "link" ? null : "link") },
    { label: m.image, text: "🖼", expanded: panel === "image", run: () => setPanel(panel === "image" ? null : "image") },
  ];

  return (
    <div className="border-b border-neutral-300 bg-neutral-50">
      <div role="toolbar" aria-label={m.toolbar} className="flex flex-wrap gap-1 p-1">
        {buttons.map((b) => (
          <button
            key={b.label}
            type="button"
            aria-label={b.label}
            aria-pressed={b.pressed}
            aria-expanded={b.expanded}
            aria-keyshortcuts={b.shortcut?.replace("Mod", "Control")}
            title={b.label}
            // Keeps the editor's focus and selection: the command applies where the cursor is.
            onMouseDown={(event) => event.preventDefault()}
            onClick={b.run}
            className={`${buttonClass} ${b.label === m.bold ? "font-bold" : b.label === m.italic ? "italic" : ""}`}
          >
            <span aria-hidden="true">{b.text}</span>
          </button>
        ))}
      </div>
      {panel === "link" && <LinkForm editor={editor} messages={m} onDone={() => setPanel(null)} />}
      {panel === "image" && <FigureForm editor={editor} messages={m} onDone={() => setPanel(null)} />}
    </div>
  );
}
