import { Refused } from "@/components/desk/refused";
import { FrontPageView } from "@/components/front-page/front-page-view";
import { Button } from "@/components/ui/button";
import { Input, Labelled } from "@/components/ui/control";
import { cardsByIds } from "@/lib/articles/public";
import { can } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/require";
import { getDb } from "@/lib/db";
import { layoutArticleIds } from "@/lib/front-page/assemble";
import { instantToZonedTime, zonedTimeToInstant } from "@/lib/front-page/zoned-time";
import { formatDateTime } from "@/lib/i18n/format";
import { localeOf } from "@/lib/i18n/locales";
import { fill, messagesFor } from "@/lib/i18n/messages";
import { layoutAt } from "@/lib/public/front-page";
import { PinForm } from "./pin-form";

/** The front page as it will stand at a chosen time (scheduled stories included), and the lead pin. */
export default async function FrontPagePreview({ params, searchParams }: PageProps<"/[lang]/desk/front-page">) {
  const { lang } = await params;
  const locale = localeOf(lang);
  const m = messagesFor(locale);
  const actor = await requireActor();
  if (!can(actor, "front-page:preview")) return <Refused page="frontPage" role={actor.role} messages={m} />;

  const db = getDb();
  const { at } = await searchParams;
  const { layout: current, settings } = await layoutAt(db, new Date());
  const timeZone = settings.newsroom.timeZone;
  const when = (typeof at === "string" && zonedTimeToInstant(at, timeZone)) || new Date();
  const { layout } = await layoutAt(db, when, settings);
  const [cards, sections] = await Promise.all([cardsByIds(db, layoutArticleIds(layout), when), db.section.findMany({ orderBy: { position: "asc" } })]);
  const candidates = [current.lead, ...current.top, ...current.sections.flatMap((s) => s.articleIds), ...current.photos].filter((id): id is string => !!id);
  const candidateCards = await cardsByIds(db, candidates, new Date());
  const pinned = settings.pin ? candidateCards.get(settings.pin.articleId) ?? null : null;

  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">{m.frontDesk.title}</h1>
      <form method="get" className="flex items-end gap-2 text-sm">
        <Labelled label={m.frontDesk.previewAt}><Input compact type="datetime-local" name="at" defaultValue={instantToZonedTime(when, timeZone)} className="mt-1 block" /></Labelled>
        <Button type="submit" variant="secondary" size="sm">
          {m.frontDesk.preview}
        </Button>
      </form>
      <p className="text-sm text-neutral-700">{pinned ? fill(m.frontDesk.pinned, { headline: pinned.headline }) : m.frontDesk.notPinned}</p>
      {can(actor, "front-page:pin") && (
        <PinForm messages={m.frontDesk} pinnedId={settings.pin?.articleId ?? null} candidates={candidates.map((id) => ({ id, headline: candidateCards.get(id)?.headline ?? id }))} />
      )}
      <h2 className="text-sm font-medium text-neutral-600">{fill(m.frontDesk.asOf, { time: formatDateTime(when, locale, timeZone) })}</h2>
      <div className="rounded border border-neutral-300 bg-[var(--color-paper)] p-4" data-testid="preview">
        <FrontPageView layout={layout} cards={Object.fromEntries(cards)} sections={sections} locale={locale} messages={m} />
      </div>
    </div>
  );
}
