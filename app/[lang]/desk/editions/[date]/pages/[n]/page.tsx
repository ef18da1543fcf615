import Link from "next/link";
import { notFound } from "next/navigation";
import { pageLabel } from "@/components/article/labels";
import { can } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/require";
import { getDb } from "@/lib/db";
import { deskPage } from "@/lib/epaper/desk";
import { pageFileUrl, pickPageWidth } from "@/lib/epaper/urls";
import { formatDateTime, formatEditionDate } from "@/lib/i18n/format";
import { localeOf } from "@/lib/i18n/locales";
import { fill, messagesFor, pickMessages } from "@/lib/i18n/messages";
import { mediaConfig } from "@/lib/media/config";
import { readPublicSettings } from "@/lib/settings";
import { isoDate } from "@/lib/validation/import";
import { pageNumber } from "@/lib/validation/epaper";
import { RegionEditor } from "./region-editor";
import { UploadForm } from "./upload-form";

/** One printed page in the desk: upload its file, then check and adjust its stories' regions. */
export default async function DeskEditionPage({ params }: PageProps<"/[lang]/desk/editions/[date]/pages/[n]">) {
  const { lang, date, n } = await params;
  const locale = localeOf(lang);
  const m = messagesFor(locale);
  const actor = await requireActor();
  if (!can(actor, "page:manage")) notFound();
  const number = pageNumber.safeParse(n);
  if (!isoDate.safeParse(date).success || !number.success) notFound();
  const [page, { newsroom }] = await Promise.all([deskPage(getDb(), date, number.data), readPublicSettings(getDb())]);
  const label = pageLabel(m, { number: number.data, name: page.name });
  const upload = page.upload;
  const shown = upload && pickPageWidth(upload, 1200);

  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/desk/editions" className="underline">
          ← {m.epaper.desk.back}
        </Link>
      </p>
      <h1 className="text-xl font-semibold">
        {formatEditionDate(`${date}T12:00:00Z`, locale, "UTC")} {label}
      </h1>
      {upload && (
        <p className="text-sm text-neutral-700">
          {upload.originalName} · {formatDateTime(upload.createdAt, locale, newsroom.timeZone)} ·{" "}
          <Link href={`/editions/${date}/pages/${number.data}`} className="underline">
            {m.epaper.desk.viewReader}
          </Link>
        </p>
      )}
      <UploadForm messages={m.epaper.desk} editionDate={date} number={number.data} mb={Math.floor(mediaConfig().pageMaxBytes / (1024 * 1024))} />
      {upload && shown && (
        <>
          {!upload.hasText && <p className="text-sm text-amber-800">{m.epaper.desk.noText}</p>}
          {/* A new upload is a new page id: the editor starts again from its proposals. */}
          <RegionEditor
            key={upload.id}
            messages={pickMessages(m, "epaper", "status")}
            pageId={upload.id}
            image={{ src: pageFileUrl(upload.id, shown.width), width: shown.width, height: shown.height, alt: fill(m.epaper.pageImage, { page: label }) }}
            regions={upload.regions}
            stories={page.stories.map((s) => ({ ...s, status: s.status as keyof typeof m.status }))}
          />
        </>
      )}
    </div>
  );
}
