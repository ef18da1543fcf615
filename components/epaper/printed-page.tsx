import { pageLabel } from "@/components/article/labels";
import type { ReaderRegion } from "@/lib/epaper/public";
import { pageFileUrl, pageSrcSet, pickPageWidth, type PageImageRef } from "@/lib/epaper/urls";
import { fill, type Messages } from "@/lib/i18n/messages";

interface Props {
  messages: Messages;
  page: { number: number; name: string | null; image: PageImageRef };
  regions: ReaderRegion[];
}

const percent = (tenThousandths: number) => `${tenThousandths / 100}%`;

/**
 * The printed page as readers see it, without a line of script: the image
 * (its widths in srcset, so phones and retina screens get a sharp one) and
 * over it one link per story, placed in percent of the page and named by
 * the headline, shown on hover and keyboard focus.
 */
export function PrintedPage({ messages: m, page, regions }: Props) {
  const shown = pickPageWidth(page.image, 1200);
  const label = pageLabel(m, page);
  return (
    <figure className="relative border border-neutral-300 bg-white shadow-sm" data-testid="printed-page">
      {/* A plain <img>: the stored WebP widths are the responsive set (decision 0012). */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        src={pageFileUrl(page.image.id, shown.width)}
        srcSet={pageSrcSet(page.image, [600, 800, 1200, 2400])}
        sizes="(min-width: 1024px) 52rem, 100vw"
        width={shown.width}
        height={shown.height}
        alt={fill(m.epaper.pageImage, { page: label })}
        className="block h-auto w-full"
        fetchPriority="high"
      />
      {regions.map((region) => (
        <a
          key={`${region.slug}-${region.x}-${region.y}`}
          href={`/articles/${region.slug}`}
          title={region.headline}
          className="absolute block border-2 border-transparent hover:border-[var(--color-press)] hover:bg-red-700/10 focus-visible:border-[var(--color-press)] focus-visible:bg-red-700/10 focus-visible:outline-none"
          style={{ left: percent(region.x), top: percent(region.y), width: percent(region.width), height: percent(region.height) }}
        >
          <span className="sr-only">{region.headline}</span>
        </a>
      ))}
    </figure>
  );
}
