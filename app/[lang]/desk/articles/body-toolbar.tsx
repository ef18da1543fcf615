"use client";

import { useEditorState, type Editor } from "@tiptap/react";
import { useState } from "react";
import { fill, type Messages } from "@/lib/i18n/messages";
import { LinkForm } from "./link-form";
import { PhotoPicker } from "./photo-picker";
import { ToolbarIcon, type IconName } from "./toolbar-icons";

interface Props {
  editor: Editor;
  messages: Messages["editor"];
  /** The article, once saved: the picture picker offers its photos. */
  articleId?: () => string | undefined;
}

type Panel = "link" | "image" | null;

const buttonClass = "flex min-h-8 min-w-8 items-center justify-center rounded px-1.5 hover:bg-neutral-200 aria-pressed:bg-neutral-800 aria-pressed:text-white";

/** Formatting buttons; each also has its keyboard shortcut (⌘/Ctrl+B, I, Alt+2, Alt+3, Shift+8, Shift+7, Shift+B). */
export function BodyToolbar({ editor, messages: m, articleId }: Props) {
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
  const buttons: { label: string; icon: IconName; pressed?: boolean; expanded?: boolean; shortcut?: string; run: () => void }[] = [
    { label: m.bold, icon: "bold", pressed: active.bold, shortcut: "Mod+B", run: () => chain().toggleBold().run() },
    { label: m.italic, icon: "italic", pressed: active.italic, shortcut: "Mod+I", run: () => chain().toggleItalic().run() },
    { label: m.heading, icon: "heading", pressed: active.h2, shortcut: "Mod+Alt+2", run: () => chain().toggleHeading({ level: 2 }).run() },
    { label: m.subhead, icon: "subhead", pressed: active.h3, shortcut: "Mod+Alt+3", run: () => chain().toggleHeading({ level: 3 }).run() },
    { label: m.bulletList, icon: "bulletList", pressed: active.bullet, shortcut: "Mod+Shift+8", run: () => chain().toggleBulletList().run() },
    { label: m.numberedList, icon: "numberedList", pressed: active.ordered, shortcut: "Mod+Shift+7", run: () => chain().toggleOrderedList().run() },
    { label: m.quote, icon: "quote", pressed: active.quote, shortcut: "Mod+Shift+B", run: () => chain().toggleBlockquote().run() },
    { label: m.link, icon: "link", expanded: panel === "link", run: () => setPanel(panel === "link" ? null : "link") },
    { label: m.image, icon: "image", expanded: panel === "image", run: () => setPanel(panel === "image" ? null : "image") },
  ];
  // The tooltip names the shortcut as the keyboard has it: 加粗 Ctrl+B. (Mod is Ctrl on the desks this is for; ⌘ on a Mac.)
  const tooltip = (label: string, shortcut?: string) => (shortcut ? fill(m.shortcut, { label, keys: shortcut.replace("Mod", "Ctrl") }) : label);

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
            title={tooltip(b.label, b.shortcut)}
            // Keeps the editor's focus and selection: the command applies where the cursor is.
            onMouseDown={(event) => event.preventDefault()}
            onClick={b.run}
            className={buttonClass}
          >
            <ToolbarIcon name={b.icon} />
          </button>
        ))}
      </div>
      {panel === "link" && <LinkForm editor={editor} messages={m} onDone={() => setPanel(null)} />}
      {panel === "image" && <PhotoPicker editor={editor} messages={m} articleId={articleId?.()} onDone={() => setPanel(null)} />}
    </div>
  );
}
