"use client";

import type { FormEvent } from "react";
import { removePhotoAction, savePhotoAction } from "@/app/[lang]/desk/articles/[id]/photo-actions";
import { Button } from "@/components/ui/button";
import { Input, TextArea } from "@/components/ui/control";
import { StatusMessage } from "@/components/ui/status";
import type { Messages } from "@/lib/i18n/messages";
import type { DeskPhoto } from "@/lib/media/photos";
import { isPhotoComplete } from "@/lib/media/publish-check";
import { mediaUrl } from "@/lib/media/urls";
import { useDeskAction } from "./desk-action";

interface Props {
  photo: DeskPhoto;
  editable: boolean;
  busy: boolean;
  onUpload: (file: File | undefined) => void;
  messages: Messages["media"];
}

/** One photo slot: its thumbnail (or an upload for a caption-only slot) and its caption, credit and alt text. */
export function PhotoItem({ photo, editable, busy, onUpload, messages: m }: Props) {
  const { pending, result, run, fieldError } = useDeskAction();
  const id = `photo-${photo.id}`;
  const thumb = photo.media?.variants[0];

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    run(() => savePhotoAction({ photoId: photo.id, caption: data.get("caption"), credit: data.get("credit"), alt: data.get("alt") }));
  };

  const field = (name: "caption" | "credit" | "alt", label: string, rows: number, hint?: string) => (
    <div>
      <label htmlFor={`${id}-${name}`} className="block font-medium">
        {label}
      </label>
      {rows > 1 ? (
        <TextArea compact id={`${id}-${name}`} name={name} rows={rows} defaultValue={photo[name] ?? ""} maxLength={1000} aria-describedby={`${id}-${name}-note`} aria-invalid={fieldError(name) ? true : undefined} className="mt-1 w-full" />
      ) : (
        <Input compact id={`${id}-${name}`} name={name} defaultValue={photo[name] ?? ""} maxLength={200} aria-describedby={`${id}-${name}-note`} aria-invalid={fieldError(name) ? true : undefined} className="mt-1 w-full" />
      )}
      <p id={`${id}-${name}-note`} aria-live="polite" className={fieldError(name) ? "text-red-700" : "text-xs text-neutral-600"}>
        {fieldError(name) ?? hint}
      </p>
    </div>
  );

  return (
    <li data-testid="photo-item" className="space-y-2 border-b border-neutral-200 pb-3 last:border-b-0">
      {photo.media && thumb ? (
        // A plain <img>: the desk shows the stored WebP size as it is.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={mediaUrl(photo.media.id, thumb.width)} alt={photo.alt || photo.caption} width={thumb.width} height={thumb.height} className="h-auto w-full bg-neutral-100" data-testid="photo-thumbnail" />
      ) : (
        <div className="space-y-1 rounded bg-neutral-100 p-2">
          <p className="text-neutral-700">{m.noPicture}</p>
          {editable && (
            <>
              <label htmlFor={`${id}-file`} className="block font-medium">
                {m.addPicture}
              </label>
              <input id={`${id}-file`} type="file" accept="image/jpeg,image/png,image/webp" disabled={busy} onChange={(event) => { onUpload(event.target.files?.[0]); event.target.value = ""; }} className="block w-full text-sm" />
            </>
          )}
        </div>
      )}
      {photo.media && !isPhotoComplete(photo) && <p className="font-medium text-amber-800">{m.incomplete}</p>}
      {editable ? (
        <form onSubmit={save} noValidate className="space-y-2">
          {field("caption", m.caption, 2)}
          {field("credit", m.credit, 1)}
          {field("alt", m.alt, 2, m.altHint)}
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={pending} size="sm">
              {m.save}
            </Button>
            <Button type="button" disabled={pending} onClick={() => run(() => removePhotoAction({ photoId: photo.id }))} variant="secondary" size="sm">
              {m.remove}
            </Button>
          </div>
          <StatusMessage failed={result?.ok === false}>{result?.message}</StatusMessage>
        </form>
      ) : (
        // Someone who may not change the photo reads its text: no box invites typing.
        <dl className="space-y-2">
          {(["caption", "credit", "alt"] as const).map((name) => (
            <div key={name}>
              <dt className="font-medium">{m[name]}</dt>
              <dd className="whitespace-pre-wrap text-neutral-800" data-testid={`photo-${name}`}>
                {photo[name] || "—"}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </li>
  );
}
