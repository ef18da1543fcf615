"use client";

import { useRouter } from "next/navigation";
import { useState, type DragEvent } from "react";
import { Panel } from "@/components/ui/section";
import type { Messages } from "@/lib/i18n/messages";
import type { DeskPhoto } from "@/lib/media/photos";
import { PhotoItem } from "./photo-item";
import { uploadPhoto } from "./upload-photo";

interface Props {
  articleId: string;
  photos: DeskPhoto[];
  /** May the actor change this article's photos (article:edit)? */
  editable: boolean;
  maxBytes: number;
  messages: Messages["media"];
}

/** The article's photos: upload (drop or choose), then caption, credit and alt text per photo. */
export function PhotosPanel({ articleId, photos, editable, maxBytes, messages: m }: Props) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [dragging, setDragging] = useState(false);
  const mb = String(Math.floor(maxBytes / (1024 * 1024)));

  async function send(file: File | undefined, photoId?: string) {
    if (!file || busy) return;
    // The server checks again by content; these two only spare a pointless upload.
    if (file.size === 0) return setStatus({ ok: false, text: m.errors.upload_empty });
    if (file.size > maxBytes) return setStatus({ ok: false, text: m.errors.upload_too_large.replace("{mb}", mb) });
    setBusy(true);
    setProgress(0);
    setStatus({ ok: true, text: m.uploading });
    const answer = await uploadPhoto(file, { articleId, ...(photoId ? { photoId } : {}) }, setProgress, m.errors.upload_failed);
    setBusy(false);
    if (!answer.ok) {
      setProgress(null);
      setStatus({ ok: false, text: answer.message });
      return;
    }
    setProgress(100);
    setStatus({ ok: true, text: m.uploaded });
    router.refresh();
  }

  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    if (editable) void send(event.dataTransfer.files[0]);
  };

  return (
    <Panel title={m.panelTitle} data-testid="photos-panel" className="space-y-3 rounded border border-neutral-300 bg-white p-4 text-sm">
      {photos.length === 0 ? (
        <p className="text-neutral-600">{m.empty}</p>
      ) : (
        <ol className="space-y-4">
          {photos.map((photo) => (
            <PhotoItem key={`${photo.id}-${photo.media?.id ?? ""}`} photo={photo} editable={editable} busy={busy} onUpload={(file) => void send(file, photo.id)} messages={m} />
          ))}
        </ol>
      )}
      {editable && (
        <div
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={drop}
          className={`space-y-2 rounded border-2 border-dashed p-3 ${dragging ? "border-neutral-900 bg-neutral-100" : "border-neutral-400"}`}
        >
          <label htmlFor="photo-upload" className="block font-medium">
            {m.photo}
          </label>
          <input
            id="photo-upload"
            type="file"
            accept="image/jpeg,image/png,image/webp"
            disabled={busy}
            aria-describedby="photo-upload-hint"
            onChange={(event) => {
              void send(event.target.files?.[0]);
              event.target.value = "";
            }}
            className="block w-full text-sm"
          />
          <p id="photo-upload-hint" className="text-xs text-neutral-600">
            {m.dropHint.replace("{mb}", mb)}
          </p>
        </div>
      )}
      {progress !== null && (
        <div role="progressbar" aria-label={m.progress} aria-valuemin={0} aria-valuemax={100} aria-valuenow={progress} className="h-2 w-full overflow-hidden rounded bg-neutral-200">
          <div className="h-full bg-neutral-800 transition-[width]" style={{ width: `${progress}%` }} />
        </div>
      )}
      <p role="status" aria-live="polite" data-testid="upload-status" className={status?.ok === false ? "text-red-700" : "text-neutral-700"}>
        {status?.text}
      </p>
    </Panel>
  );
}
