import Link from "next/link";
import { notFound } from "next/navigation";
import { CommentsPanel } from "@/components/desk/comments-panel";
import { PhotosPanel } from "@/components/desk/photos-panel";
import { StatusBadge } from "@/components/desk/status-badge";
import { formatByline } from "@/lib/articles/byline";
import { articleFormValues } from "@/lib/articles/form-values";
import { getArticleForDesk, listSections } from "@/lib/articles/queries";
import { listStaffOptions } from "@/lib/articles/staff";
import { can } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/require";
import { listComments } from "@/lib/comments";
import { getDb } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/i18n/format";
import { localeOf } from "@/lib/i18n/locales";
import { fill, messagesFor, pickMessages } from "@/lib/i18n/messages";
import { mediaConfig } from "@/lib/media/config";
import { listArticlePhotos } from "@/lib/media/photos";
import { readPublicSettings } from "@/lib/settings";
import { withPhotoText } from "@/lib/rich-text/photo-text";
import { deskMovesFor, mayMove } from "@/lib/workflow/allowed";
import { signedLevel, waitingStage } from "@/lib/workflow/review";
import { nameOfStage, readStages, stageRoles } from "@/lib/workflow/stages";
import { articleIgnores } from "@/lib/proofread/article/ignores";
import { photoCaptions } from "@/lib/proofread/article/texts";
import { wordListVersion } from "@/lib/proofread/words/compiled";
import { describeStanding, isComplete } from "@/lib/workflow/proof-gate";
import { proofreadingView } from "@/lib/workflow/proof-view";
import { PANEL_SLOT_ID } from "../proofread/panel";
import { ArticleForm } from "../article-form";
import { EDITOR_MESSAGES, WORKFLOW_MESSAGES } from "../messages";
import { VersionProvider } from "../version-context";
import { EventHistory } from "./event-history";
import { ProofRounds } from "./proof-rounds";
import { ReadOnlyArticle } from "./read-only-article";
import { SignOffChain } from "./sign-off-chain";
import { SlugForm } from "./slug-form";
import { WorkflowPanel } from "./workflow-panel";

async function load(actor: Awaited<ReturnType<typeof requireActor>>, id: string) {
  try {
    return await getArticleForDesk(getDb(), actor, id);
  } catch (error) {
    // Someone else's draft is "not found" for a reporter: no hint it exists.
    if (isAppError(error) && (error.code === "not_found" || error.code === "forbidden")) notFound();
    throw error;
  }
}

export default async function DeskArticlePage({ params }: PageProps<"/[lang]/desk/articles/[id]">) {
  const { lang, id } = await params;
  const locale = localeOf(lang);
  const m = messagesFor(locale);
  const actor = await requireActor();
  const db = getDb();
  const [article, stages, settings] = await Promise.all([load(actor, id), readStages(db), readPublicSettings(db)]);
  const facts = { ...article, stageRoles: stageRoles(stages) };
  const inReview = article.status === "SUBMITTED" || article.status === "IN_REVIEW";
  const waitingAt = inReview ? nameOfStage(stages, waitingStage(article), locale) : null;
  // 三审: who signed one level is not offered another; the panel says why instead.
  const signed = inReview ? signedLevel(article.signOffs, actor.id, stages.length) : null;
  const allowed = deskMovesFor(actor, facts).filter((move) => !(move === "approve" && signed !== null));
  const signOffRule = signed !== null && mayMove(actor, "approve", facts) ? fill(m.workflow.signedLevel, { stage: nameOfStage(stages, signed, locale) ?? "", next: waitingAt ?? "" }) : null;
  const sections = allowed.some((move) => move === "publish" || move === "schedule" || move === "replace") ? await listSections(db) : [];
  const correcting = mayMove(actor, "correct", facts);
  const editable = correcting || can(actor, "article:edit", facts);
  const timeZone = settings.newsroom.timeZone;
  const photos = await listArticlePhotos(db, article.id);
  const initial = articleFormValues(article);
  const [proofreading, wordsVersion, ignores, captions] = await Promise.all([proofreadingView(db, actor, article), wordListVersion(db), articleIgnores(db, article.id), photoCaptions(db, article.id)]);
  const proofBlocked = isComplete(proofreading.standing) ? null : fill(m.proofread.refusals.incomplete, { what: describeStanding(m, proofreading.standing) });

  return (
    <VersionProvider serverVersion={article.version}>
      <div className="grid gap-6 xl:grid-cols-[1fr_20rem]">
        <div>
          <div className="mb-4 flex flex-wrap items-center gap-3">
            {/* Titled for what the page lets this person do with the article. */}
            <h1 className="text-xl font-semibold">{correcting ? m.desk.correctArticle : editable ? m.desk.editArticle : m.desk.viewArticle}</h1>
            <StatusBadge status={article.status} messages={m} />
            {inReview && stages.length > 1 && (
              <span className="text-sm text-neutral-700" data-testid="waiting-stage">
                {fill(m.workflow.waitingAt, { stage: waitingAt ?? "" })}
              </span>
            )}
            {article.status === "SCHEDULED" && article.publishedAt && (
              <span className="rounded bg-sky-100 px-2 py-0.5 text-sm font-medium text-sky-900" data-testid="embargo">
                {fill(m.workflow.scheduledFor, { time: formatDateTime(article.publishedAt, locale, timeZone) })}
              </span>
            )}
            {article.status === "PUBLISHED" && (
              // A plain link, not next/link: the reader's page is a page of its own
              // (served without scripts), and a prefetch from here would render it
              // into the cache while the editor may be about to change the slug.
              <a href={`/articles/${article.slug}`} className="text-sm underline">
                {m.desk.viewPublic}
              </a>
            )}
          </div>
          {article.returnNote && (
            <div role="note" className="mb-4 rounded border border-red-300 bg-red-50 p-3 text-sm">
              <p className="font-medium text-red-800">{m.workflow.returnedNote}</p>
              <p className="mt-1 whitespace-pre-wrap" data-testid="return-note">
                {article.returnNote}
              </p>
            </div>
          )}
          {editable ? (
            <ArticleForm
              messages={pickMessages(m, ...EDITOR_MESSAGES)}
              locale={locale}
              timeZone={timeZone}
              article={{ id: article.id, status: article.status }}
              correction={correcting}
              saveLabel={correcting ? m.actions.publishCorrection : article.status === "DRAFT" || article.status === "RETURNED" ? m.actions.saveDraft : m.actions.save}
              // A photo the body shows reads as the Photos panel has it now.
              initial={{ ...initial, bodyJson: withPhotoText(initial.bodyJson, photos) }}
              userId={actor.id}
              staff={await listStaffOptions(db, article.contributors.map((c) => c.userId))}
              initialByline={{ zh: formatByline(article.dateline, article.contributors, "zh-CN"), en: formatByline(article.dateline, article.contributors, "en") }}
              proofread={{ wordsVersion, ignores, photoCaptions: captions, canIgnore: can(actor, "proofread:ignore", facts) }}
            />
          ) : (
            <ReadOnlyArticle article={article} locale={locale} messages={m} />
          )}
        </div>
        <aside className="space-y-4">
          {editable && <div id={PANEL_SLOT_ID} />}
          <SlugForm articleId={article.id} slug={article.slug} editable={can(actor, "article:slug", facts)} messages={pickMessages(m, "desk", "actions")} />
          <Link href={`/desk/articles/${article.id}/history`} className="block text-sm underline">
            {m.revisions.link}
          </Link>
          <Link href={`/desk/articles/${article.id}/preview`} className="block text-sm underline">
            {m.desk.preview}
          </Link>
          <WorkflowPanel
            messages={pickMessages(m, ...WORKFLOW_MESSAGES)}
            articleId={article.id}
            allowed={allowed}
            singleStage={stages.length === 1}
            stageName={waitingAt}
            signOffRule={signOffRule}
            proofreading={{ blocked: proofBlocked, overrideLabel: can(actor, "proofread:override", facts) ? m.proofread.rounds.overrideLabel : null }}
            sections={sections.map((s) => ({ id: s.id, name: locale === "en" ? s.nameEn : s.nameZh }))}
            layout={{
              sectionId: article.sectionId,
              placement: article.placement,
              type: article.type,
              editionDate: article.editionDate ? article.editionDate.toISOString().slice(0, 10) : null,
              pageNumber: article.pageNumber,
              pageName: article.pageName,
            }}
          />
          <PhotosPanel articleId={article.id} photos={photos} editable={can(actor, "article:edit", facts)} maxBytes={mediaConfig().maxBytes} messages={m.media} />
          <SignOffChain signOffs={article.signOffs} stages={stages} locale={locale} messages={m} />
          <ProofRounds articleId={article.id} view={proofreading} locale={locale} timeZone={timeZone} messages={m} />
          <CommentsPanel articleId={article.id} comments={await listComments(db, actor, article.id)} locale={locale} timeZone={settings.newsroom.timeZone} messages={m.comments} />
          <EventHistory events={article.events} locale={locale} messages={m} />
        </aside>
      </div>
    </VersionProvider>
  );
}
