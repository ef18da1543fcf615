import { Refused } from "@/components/desk/refused";
import { ReviewTable } from "@/components/desk/review-table";
import { Button } from "@/components/ui/button";
import { options, Select, type Option } from "@/components/ui/control";
import { listReviewQueue, listSections, type ReviewFilters } from "@/lib/articles/queries";
import { can } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/require";
import { getDb } from "@/lib/db";
import type { ArticleType } from "@/lib/generated/prisma/enums";
import { localeOf } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { readProofSetting } from "@/lib/workflow/proof-rounds";
import { signedRounds } from "@/lib/workflow/proof-view";
import { readStages, stageName } from "@/lib/workflow/stages";

const TYPES: ArticleType[] = ["NEWS", "COMMENTARY", "BRIEF", "PHOTO_STORY", "FEATURE"];
const AGES = [1, 6, 24, 72];
const one = (value: string | string[] | undefined) => (typeof value === "string" && value ? value : undefined);

/** The review queue: oldest first, filterable, with how many wait at each stage. */
export default async function ReviewQueuePage({ params, searchParams }: PageProps<"/[lang]/desk/review">) {
  const { lang } = await params;
  const locale = localeOf(lang);
  const m = messagesFor(locale);
  const actor = await requireActor();
  if (!can(actor, "review:read")) return <Refused page="review" role={actor.role} messages={m} />;
  const db = getDb();
  const query = await searchParams;
  const [stages, sections, proof] = await Promise.all([readStages(db), listSections(db), readProofSetting(db)]);
  const filters: ReviewFilters = {
    sectionId: one(query.section),
    stage: Number(one(query.stage)) || undefined,
    type: TYPES.find((t) => t === one(query.type)),
    minAgeHours: Number(one(query.age)) || undefined,
  };
  const { rows, counts } = await listReviewQueue(db, actor, filters, stages.length);
  // 三校: how far each article's proofreading is, where the paper requires it.
  const rounds = proof.rounds > 0 ? await signedRounds(db, rows.map((r) => r.id)) : null;
  const proofColumn = rounds && { label: m.proofread.rounds.queue, cells: new Map(rows.map((r) => [r.id, `${rounds.get(r.id) ?? 0}/${proof.rounds}`])) };
  const stageLabels = [...stages.map((s) => stageName(s, locale)), m.review.awaitingPublication];
  const filter = (label: string, name: string, value: string | number | undefined, items: Option[]) => (
    <label>
      {label}
      <Select compact name={name} defaultValue={value ?? ""} className="mt-1 block" items={items} empty={m.review.all} />
    </label>
  );

  return (
    <>
      <h1 className="mb-3 text-xl font-semibold">{m.desk.review}</h1>
      <ul className="mb-4 flex flex-wrap gap-3 text-sm" aria-label={m.review.counts} data-testid="stage-counts">
        {stageLabels.map((label, i) => (
          <li key={label} className="rounded bg-neutral-100 px-2 py-1">
            {label} <span className="font-semibold">{counts[i] ?? 0}</span>
          </li>
        ))}
      </ul>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3 text-sm">
        {filter(m.fields.section, "section", filters.sectionId, sections.map((s) => ({ value: s.id, label: locale === "en" ? s.nameEn : s.nameZh })))}
        {filter(m.review.stage, "stage", filters.stage, stageLabels.map((label, i) => ({ value: i + 1, label })))}
        {filter(m.fields.type, "type", filters.type, options(TYPES, m.articleTypes))}
        {filter(m.review.age, "age", filters.minAgeHours, AGES.map((h) => ({ value: h, label: `≥ ${h} h` })))}
        <Button type="submit" variant="secondary" size="sm">
          {m.review.filter}
        </Button>
      </form>
      <ReviewTable rows={rows} locale={locale} messages={m} now={new Date()} extra={proofColumn ?? undefined} />
    </>
  );
}
