import { contentLang } from "@/lib/i18n/content-lang";
import type { Locale } from "@/lib/i18n/locales";
import { mediaSrcSet, mediaUrl, pickVariant, type MediaRef } from "@/lib/media/urls";

interface Photo {
  caption: string;
  credit: string | null;
  alt: string | null;
  /** Absent in data cached before pictures existed. */
  media?: MediaRef | null;
}

interface Props {
  photo: Photo;
  locale: Locale;
  /** How wide the picture is drawn, for the browser's choice from `srcset`. */
  sizes?: string;
  /** The first picture on screen: fetch it at once, it is likely the largest paint. */
  eager?: boolean;
}

/** A photo and its caption (图片说明). Readers see only photos that have arrived; nothing stands in for one that has not. */
export function PhotoSlot({ photo, locale, sizes = "(min-width: 48rem) 48rem, 100vw", eager = false }: Props) {
  const media = photo.media;
  const fallback = media ? pickVariant(media, 1024) : undefined;
  if (!media || !fallback) return null;
  return (
    <figure className="my-4">
      {/* A plain <img>: the sizes already exist as WebP files (lib/media/process.ts), and
          next/image would add its optimiser and client code to every reader page. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        src={mediaUrl(media.id, fallback.width)}
        srcSet={mediaSrcSet(media)}
        sizes={sizes}
        // The intrinsic size reserves the space, so nothing moves when it arrives.
        width={media.width}
        height={media.height}
        alt={photo.alt ?? photo.caption}
        loading={eager ? "eager" : "lazy"}
        fetchPriority={eager ? "high" : undefined}
        decoding="async"
        className="h-auto w-full bg-neutral-100"
        data-testid="photo"
      />
      <figcaption className="mt-1 font-sans text-sm text-neutral-700" data-testid="caption" lang={contentLang(photo.caption, locale)}>
        {photo.caption}
        {photo.credit && <span className="ml-2 text-neutral-600">{photo.credit}</span>}
      </figcaption>
    </figure>
  );
}
