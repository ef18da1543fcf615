import Link from "next/link";
import { requireActor } from "@/lib/auth/require";
import { getDb } from "@/lib/db";
import { formatDateTime } from "@/lib/i18n/format";
import { localeOf } from "@/lib/i18n/locales";
import { fill, messagesFor } from "@/lib/i18n/messages";
import { listLibrary } from "@/lib/media/library";
import { mediaUrl } from "@/lib/media/urls";
import { readPublicSettings } from "@/lib/settings";

const PER_PAGE = 60;

/** The newsroom's photo library: every uploaded picture, newest first, with who uploaded it. */
export default async function PhotoLibraryPage({ params, searchParams }: PageProps<"/[lang]/desk/photos">) {
  const { lang } = await params;
  const locale = localeOf(lang);
  const m = messagesFor(locale);
  const actor = await requireActor();
  const db = getDb();
  const requested = Number((await searchParams).page);
  const page = Number.isInteger(requested) && requested > 1 ? requested : 1;
  // One more than a page, to know whether there is a next one.
  const [items, { newsroom }] = await Promise.all([listLibrary(db, actor, { take: PER_PAGE + 1, skip: (page - 1) * PER_PAGE }), readPublicSettings(db)]);
  const shown = items.slice(0, PER_PAGE);

  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">{m.media.library}</h1>
      {shown.length === 0 ? (
        <p className="text-neutral-600">{m.media.libraryEmpty}</p>
      ) : (
        <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4 xl:grid-cols-6">
          {shown.map((item) => {
            const thumb = item.variants[0];
            return (
              <li key={item.id} data-testid="library-item" className="space-y-1 rounded border border-neutral-300 bg-white p-2 text-xs">
                {thumb && (
                  <a href={mediaUrl(item.id, "original")}>
                    {/* A plain <img>: the stored WebP size is the thumbnail. */}
                    {/* eslint-disable-next-line @next/next/no-img-element */}
                    <img src={mediaUrl(item.id, thumb.width)} alt={item.originalName} width={thumb.width} height={thumb.height} loading="lazy" className="aspect-[4/3] h-auto w-full bg-neutral-100 object-cover" />
                  </a>
                )}
                <p className="truncate font-medium" title={item.originalName}>
                  {item.originalName}
                </p>
                <p className="text-neutral-700">{fill(m.media.dimensions, { width: item.width, height: item.height })}</p>
                <p className="text-neutral-700">{fill(m.media.uploadedBy, { name: item.uploadedBy })}</p>
                <p className="text-neutral-600">
                  <time dateTime={item.createdAt.toISOString()}>{formatDateTime(item.createdAt, locale, newsroom.timeZone)}</time>
                </p>
                <p className="text-neutral-600">{item.uses > 0 ? fill(m.media.usedIn, { n: item.uses }) : m.media.notUsed}</p>
              </li>
            );
          })}
        </ul>
      )}
      {(page > 1 || items.length > PER_PAGE) && (
        <nav aria-label={m.media.library} className="flex gap-4 text-sm">
          {page > 1 && <Link href={page === 2 ? "/desk/photos" : `/desk/photos?page=${page - 1}`}>{m.reader.previousPage}</Link>}
          {items.length > PER_PAGE && <Link href={`/desk/photos?page=${page + 1}`}>{m.reader.nextPage}</Link>}
        </nav>
      )}
    </div>
  );
}
