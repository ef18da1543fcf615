import Link from "next/link";
import { pageLabel } from "@/components/article/labels";
import type { PageLink } from "@/lib/epaper/public";
import { pageFileUrl } from "@/lib/epaper/urls";
import type { Messages } from "@/lib/i18n/messages";

interface Props {
  messages: Messages;
  date: string;
  pages: PageLink[];
  /** The page being read, marked as the current one. */
  current?: number;
}

/** The day's pages side by side, each a small picture of the page (or its label alone) linking to it. */
export function PageThumbnails({ messages: m, date, pages, current }: Props) {
  return (
    <ul className="flex flex-wrap gap-4">
      {pages.map((page) => {
        const label = pageLabel(m, page);
        const thumb = page.image?.variants.find((v) => v.width === 300);
        return (
          <li key={page.number} className="w-[120px] text-center font-sans text-sm">
            <Link
              href={`/editions/${date}/pages/${page.number}`}
              aria-current={page.number === current ? "page" : undefined}
              className={`block hover:underline ${page.number === current ? "font-bold text-[var(--color-press)]" : ""}`}
            >
              {page.image && thumb ? (
                // 300 px wide for 120: sharp on a screen of twice or three times the pixels.
                // eslint-disable-next-line @next/next/no-img-element
                <img
                  src={pageFileUrl(page.image.id, 300)}
                  width={120}
                  height={Math.round((120 * thumb.height) / thumb.width)}
                  alt=""
                  loading="lazy"
                  className={`mb-1 block h-auto w-full border ${page.number === current ? "border-[var(--color-press)]" : "border-neutral-300"}`}
                />
              ) : (
                <span aria-hidden="true" className="mb-1 flex aspect-[5/7] w-full items-center justify-center border border-dashed border-neutral-400 bg-neutral-50 text-neutral-500">
                  {String(page.number).padStart(2, "0")}
                </span>
              )}
              {label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
