"use client";

import type { Editor } from "@tiptap/react";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { fill, type Messages } from "@/lib/i18n/messages";
import type { LibraryItem } from "@/lib/media/library";
import type { DeskPhoto } from "@/lib/media/photos";
import { mediaUrl, pickVariant, type MediaRef } from "@/lib/media/urls";
import { attachPhoto, loadPickerPhotos } from "./picker-actions";

interface Props {
  editor: Editor;
  messages: Messages["editor"];
  /** The article, once it exists (a new one has no photos until its first save). */
  articleId: string | undefined;
  onDone: () => void;
}

type Loaded = { photos: DeskPhoto[]; library: LibraryItem[]; more: boolean; page: number };

/**
 * A picture in the body is one of the article's photos, chosen here or from
 * the newsroom's library (which adds it to the article's photos): the body
 * and the Photos panel speak of the same pictures, captions and credits.
 */
export function PhotoPicker({ editor, messages: m, articleId, onDone }: Props) {
  const router = useRouter();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);

  const load = async (page: number) => {
    const result = await loadPickerPhotos({ articleId, page }).catch(() => null);
    if (!result?.ok) return setError(result?.message ?? m.libraryFailed);
    setLoaded((before) => ({ ...result.data, page, library: page > 1 && before ? [...before.library, ...result.data.library] : result.data.library }));
  };
  useEffect(() => {
    // The first page, once, as the picker opens; the answer sets the state when it arrives.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load(1);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const insert = (photo: Pick<DeskPhoto, "caption" | "credit" | "alt"> & { media: MediaRef }) => {
    const size = pickVariant(photo.media, 1024);
    editor
      .chain()
      .focus()
      .insertFigure({ src: mediaUrl(photo.media.id, size?.width ?? "original"), alt: photo.alt ?? "", caption: photo.caption, credit: photo.credit ?? "" })
      .run();
    onDone();
  };
  const fromLibrary = async (item: LibraryItem) => {
    if (!articleId || busy) return;
    setBusy(true);
    const result = await attachPhoto({ articleId, mediaId: item.id }).catch(() => null);
    setBusy(false);
    if (!result?.ok) return setError(result?.message ?? m.libraryFailed);
    insert({ ...result.data, media: result.data.media ?? item });
    // The Photos panel shows the new photo, where its caption, credit and alt text are written.
    router.refresh();
  };

  const thumb = (media: MediaRef, label: string, onClick: () => void, disabled = false) => {
    const small = media.variants[0];
    return (
      <button type="button" onClick={onClick} disabled={disabled || busy} aria-label={label} title={label} className="block w-full rounded border border-neutral-300 bg-white p-1 text-left hover:border-neutral-900 disabled:opacity-50">
        {small && (
          // A plain <img>: the stored WebP size is the thumbnail.
          // eslint-disable-next-line @next/next/no-img-element
          <img src={mediaUrl(media.id, small.width)} alt="" width={small.width} height={small.height} className="aspect-[4/3] h-auto w-full bg-neutral-100 object-cover" />
        )}
        <span className="mt-1 line-clamp-2 block text-xs text-neutral-700">{label}</span>
      </button>
    );
  };
  const grid = "grid grid-cols-2 gap-2 sm:grid-cols-4";

  return (
    <div className="space-y-3 p-2 text-sm" data-testid="photo-picker" onKeyDown={(e) => e.key === "Escape" && onDone()}>
      <p className="text-xs text-neutral-600">{m.pickerHint}</p>
      <section aria-label={m.articlePhotos}>
        <h3 className="mb-1 font-medium">{m.articlePhotos}</h3>
        {!loaded ? (
          <p className="text-neutral-600">{m.loadingLibrary}</p>
        ) : loaded.photos.length === 0 ? (
          <p className="text-neutral-600">{m.noArticlePhotos}</p>
        ) : (
          <ul className={grid}>
            {loaded.photos.map((photo) => (
              <li key={photo.id}>{photo.media && thumb(photo.media, fill(m.insertPhoto, { caption: photo.caption || m.noCaption }), () => insert({ ...photo, media: photo.media! }))}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-label={m.libraryPhotos}>
        <h3 className="mb-1 font-medium">{m.libraryPhotos}</h3>
        {!articleId && <p className="mb-1 text-amber-800">{m.saveFirst}</p>}
        {loaded && loaded.library.length === 0 && <p className="text-neutral-600">{m.libraryEmpty}</p>}
        {loaded && loaded.library.length > 0 && (
          <ul className={grid}>
            {loaded.library.map((item) => (
              <li key={item.id}>{thumb(item, fill(m.insertPhoto, { caption: item.originalName }), () => void fromLibrary(item), !articleId)}</li>
            ))}
          </ul>
        )}
        {loaded?.more && (
          <Button type="button" onClick={() => void load(loaded.page + 1)} variant="quiet" size="sm" className="mt-1">
            {m.moreLibrary}
          </Button>
        )}
      </section>
      <p aria-live="polite" className="text-red-700">
        {error}
      </p>
      <Button type="button" onClick={onDone} variant="quiet" size="sm">
        {m.cancel}
      </Button>
    </div>
  );
}
