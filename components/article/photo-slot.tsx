import type { Messages } from "@/lib/i18n/messages";

/** A photo and its caption (图片说明); until the picture is uploaded, a quiet placeholder keeps its place. */
export function PhotoSlot({ photo, messages }: { photo: { caption: string; credit: string | null; alt: string | null }; messages: Messages }) {
  return (
    <figure className="my-4">
      <div
        role="img"
        aria-label={photo.alt ?? photo.caption}
        className="flex aspect-[3/2] w-full items-center justify-center bg-neutral-100 font-sans text-sm text-neutral-700"
      >
        {messages.reader.photoPending}
      </div>
      <figcaption className="mt-1 font-sans text-sm text-neutral-700" data-testid="caption">
        {photo.caption}
        {photo.credit && <span className="ml-2 text-neutral-600">{photo.credit}</span>}
      </figcaption>
    </figure>
  );
}
