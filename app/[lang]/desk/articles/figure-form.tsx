"use client";

import type { Editor } from "@tiptap/react";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/control";
import type { Messages } from "@/lib/i18n/messages";
import type { FigureAttrs } from "@/lib/rich-text/figure";
import { isSafeImageSrc } from "@/lib/rich-text/urls";

interface Props {
  editor: Editor;
  messages: Messages["editor"];
  onDone: () => void;
}

const FIELDS = [
  ["src", "imageAddress"],
  ["caption", "imageCaption"],
  ["credit", "imageBy"],
  ["alt", "imageAlt"],
] as const;

/** A picture by its address, with caption (图片说明), credit and alt text. Not a <form>: forms do not nest. */
export function FigureForm({ editor, messages: m, onDone }: Props) {
  const id = useId();
  const [attrs, setAttrs] = useState<FigureAttrs>({ src: "", alt: "", caption: "", credit: "" });
  const [error, setError] = useState("");

  const insert = () => {
    const src = attrs.src.trim();
    if (!isSafeImageSrc(src)) return setError(m.unsafeImage);
    editor.chain().focus().insertFigure({ ...attrs, src }).run();
    onDone();
  };

  return (
    <div className="grid gap-2 p-2 sm:grid-cols-2">
      {FIELDS.map(([name, label]) => (
        <div key={name}>
          <label htmlFor={`${id}-${name}`} className="text-sm font-medium">
            {m[label]}
          </label>
          <Input
            id={`${id}-${name}`}
            type="text"
            value={attrs[name]}
            autoFocus={name === "src"}
            onChange={(e) => setAttrs({ ...attrs, [name]: e.target.value })}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                insert();
              }
              if (e.key === "Escape") onDone();
            }}
            aria-describedby={name === "src" ? `${id}-hint` : undefined}
          />
          {name === "src" && (
            <p id={`${id}-hint`} aria-live="polite" className={error ? "text-sm text-red-700" : "text-xs text-neutral-600"}>
              {error || m.imageHint}
            </p>
          )}
        </div>
      ))}
      <div className="flex gap-2 sm:col-span-2">
        <Button type="button" onClick={insert} size="sm">{m.insertImage}</Button>
        <Button type="button" onClick={onDone} variant="quiet" size="sm">{m.cancel}</Button>
      </div>
    </div>
  );
}
