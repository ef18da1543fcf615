"use client";

import type { Editor } from "@tiptap/react";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/control";
import type { Messages } from "@/lib/i18n/messages";
import { isSafeHref } from "@/lib/rich-text/urls";

interface Props {
  editor: Editor;
  messages: Messages["editor"];
  onDone: () => void;
}

/** "example.com" is meant as a web address; an e-mail address as mailto. */
function normalise(input: string): string {
  const url = input.trim();
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(url)) return `mailto:${url}`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("/")) return url;
  return `https://${url}`;
}

// Not a <form>: it sits inside the article's form, and forms do not nest.
export function LinkForm({ editor, messages: m, onDone }: Props) {
  const id = useId();
  const [href, setHref] = useState<string>(() => editor.getAttributes("link").href ?? "");
  const [error, setError] = useState("");

  const apply = () => {
    const url = normalise(href);
    if (!href.trim()) return remove();
    if (!isSafeHref(url)) return setError(m.unsafeLink);
    const chain = editor.chain().focus().extendMarkRange("link");
    // With nothing selected, the address itself becomes the linked text.
    if (editor.state.selection.empty && !editor.isActive("link")) chain.insertContent({ type: "text", text: href.trim(), marks: [{ type: "link", attrs: { href: url } }] }).run();
    else chain.setLink({ href: url }).run();
    onDone();
  };
  const remove = () => {
    editor.chain().focus().extendMarkRange("link").unsetLink().run();
    onDone();
  };

  return (
    <div className="flex flex-wrap items-end gap-2 p-2">
      <div className="min-w-64 flex-1">
        <label htmlFor={id} className="text-sm font-medium">
          {m.linkAddress}
        </label>
        <Input
          id={id}
          type="text"
          inputMode="url"
          value={href}
          autoFocus
          onChange={(e) => setHref(e.target.value)}
          onKeyDown={(e) => {
            // Enter would submit the article's form.
            if (e.key === "Enter") {
              e.preventDefault();
              apply();
            }
            if (e.key === "Escape") onDone();
          }}
          aria-describedby={`${id}-hint`}
          aria-invalid={error ? true : undefined}
        />
        <p id={`${id}-hint`} aria-live="polite" className={error ? "text-sm text-red-700" : "text-xs text-neutral-600"}>
          {error || m.linkHint}
        </p>
      </div>
      <Button type="button" onClick={apply} size="sm" className="mb-5">{m.applyLink}</Button>
      <Button type="button" onClick={remove} variant="quiet" size="sm" className="mb-5">{m.removeLink}</Button>
    </div>
  );
}
