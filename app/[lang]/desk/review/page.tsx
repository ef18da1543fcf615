import { notFound } from "next/navigation";
import { ArticleTable } from "@/components/desk/article-table";
import type { ArticleType } from "@/lib/generated/prisma/enums";
import { listReviewQueue, listSections, type ReviewFilters } from "@/lib/articles/queries";
import { can } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/require";
import { getDb } from "@/lib/db";
import { isLocale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { readStages } from "@/lib/workflow/stages";

const TYPES: ArticleType[] = ["NEWS", "COMMENTARY", "BRIEF", "PHOTO_STORY", "FEATURE"];
const AGES = [1, 6, 24, 72];
const one = (value: string | string[] | undefined) => (typeof value === "string" && value ? value : undefined);

/** The review queue: oldest first, filterable, with how many wait at each stage. */
export default async function ReviewQueuePage({ params, searchParams }: PageProps<"/[lang]/desk/review">) {
  const { lang } = await params;
  const locale = isLocale(lang) ? lang : "zh-CN";
  const m = messagesFor(locale);
  const actor = await requireActor();
  if (!can(actor, "review:read")) notFound();
  const db = getDb();
  const query = await searchParams;
  const [stages, sections] = await Promise.all([readStages(db), listSections(db)]);
  const filters: ReviewFilters = {
    sectionId: one(query.section),
    stage: Number(one(query.stage)) || undefined,
    type: TYPES.find((t) => t === one(query.type)),
    minAgeHours: Number(one(query.age)) || undefined,
  };
  const { rows, counts } = await listReviewQueue(db, actor, filters, stages.length);
  const stageLabels = [...stages.map((s) => s.name), m.review.awaitingPublication];
  const select = "mt-1 block rounded border border-neutral-400 px-2 py-1";

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
        <label>
          {m.fields.section}
          <select name="section" defaultValue={filters.sectionId ?? ""} className={select}>
            <option value="">{m.review.all}</option>
            {sections.map((s) => (
              <option key={s.id} value={s.id}>
                {locale === "en" ? s.nameEn : s.nameZh}
              </option>
            ))}
          </select>
        </label>
        <label>
          {m.review.stage}
          <select name="stage" defaultValue={filters.stage ?? ""} className={select}>
            <option value="">{m.review.all}</option>
            {stageLabels.map((label, i) => (
              <option key={label} value={i + 1}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {m.fields.type}
          <select name="type" defaultValue={filters.type ?? ""} className={select}>
            <option value="">{m.review.all}</option>
            {TYPES.map((t) => (
              <option key={t} value={t}>
                {m.articleTypes[t]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {m.review.age}
          <select name="age" defaultValue={filters.minAgeHours ?? ""} className={select}>
            <option value="">{m.review.all}</option>
            {AGES.map((h) => (
              <option key={h} value={h}>
                {`≥ ${h} h`}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded border border-neutral-400 px-3 py-1.5">
          {m.review.filter}
        </button>
      </form>
      <ArticleTable rows={rows} locale={locale} messages={m} empty={m.desk.emptyReview} />
    </>
  );
}
