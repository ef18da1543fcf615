import Link from "next/link";
import { notFound } from "next/navigation";
import { pageLabel } from "@/components/article/labels";
import { can } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/require";
import { getDb } from "@/lib/db";
import { deskEditions } from "@/lib/epaper/desk";
import { formatEditionDate } from "@/lib/i18n/format";
import { localeOf } from "@/lib/i18n/locales";
import { fill, messagesFor } from "@/lib/i18n/messages";

/** 数字报 in the desk: the recent editions, each page with its story count and whether its page is uploaded. */
export default async function DeskEditionsPage({ params }: PageProps<"/[lang]/desk/editions">) {
  const { lang } = await params;
  const locale = localeOf(lang);
  const m = messagesFor(locale);
  const actor = await requireActor();
  if (!can(actor, "page:manage")) notFound();
  const editions = await deskEditions(getDb());

  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">{m.epaper.title}</h1>
      <p className="max-w-3xl text-sm text-neutral-700">{m.epaper.desk.intro}</p>
      {editions.length === 0 && <p className="text-neutral-600">{m.epaper.desk.noPages}</p>}
      {editions.map((edition) => (
        <section key={edition.date} aria-labelledby={`edition-${edition.date}`} className="rounded border border-neutral-300 bg-white p-3">
          <h2 id={`edition-${edition.date}`} className="mb-2 font-medium">
            {formatEditionDate(`${edition.date}T12:00:00Z`, locale, "UTC")}
          </h2>
          <table className="w-full text-left text-sm">
            <thead className="text-neutral-600">
              <tr>
                <th className="py-1 font-normal">{m.epaper.desk.page}</th>
                <th className="py-1 font-normal">{m.epaper.desk.stories}</th>
                <th className="py-1 font-normal">{m.epaper.desk.image}</th>
              </tr>
            </thead>
            <tbody>
              {edition.pages.map((page) => (
                <tr key={page.number} className="border-t border-neutral-200">
                  <td className="py-1">
                    <Link href={`/desk/editions/${edition.date}/pages/${page.number}`} className="underline">
                      {pageLabel(m, page)}
                    </Link>
                  </td>
                  <td className="py-1">{fill(m.epaper.desk.storyCount, { n: page.stories })}</td>
                  <td className={`py-1 ${page.uploaded ? "text-emerald-800" : "text-neutral-600"}`}>{page.uploaded ? m.epaper.desk.uploaded : m.epaper.desk.notUploaded}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}
