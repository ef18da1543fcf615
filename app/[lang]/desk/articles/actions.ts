"use server";

import type { z } from "zod";
import { formatByline } from "@/lib/articles/byline";
import { articleFormValues } from "@/lib/articles/form-values";
import { getArticleForDesk } from "@/lib/articles/queries";
import { createArticle, updateArticle } from "@/lib/articles/save";
import { staffAction } from "@/lib/actions/staff-action";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { zonedTimeToInstant } from "@/lib/front-page/zoned-time";
import { publishChange } from "@/lib/publication";
import { readPublicSettings } from "@/lib/settings";
import {
  approveSchema,
  articleIdSchema,
  bylinePreviewSchema,
  changeSlugSchema,
  correctSchema,
  publishSchema,
  recallSchema,
  replaceSchema,
  retractSchema,
  returnSchema,
  saveArticleSchema,
  scheduleSchema,
  spikeSchema,
  submitSchema,
} from "@/lib/validation/article";
import { transition, type TransitionInput } from "@/lib/workflow";
import { changeSlug } from "@/lib/articles/change-slug";
import { correctArticle } from "@/lib/workflow/correct";

export const saveArticle = staffAction(saveArticleSchema, async ({ actor, input, messages }) => {
  const { id, version, ...fields } = input;
  const saved =
    id && version ? await updateArticle(getDb(), actor, id, version, fields) : await createArticle(getDb(), actor, fields);
  return { data: saved, message: messages.results.saved };
});

/** The article as the server has it now: "theirs" in the conflict view. */
export const loadArticleText = staffAction(articleIdSchema, async ({ actor, input }) => {
  const article = await getArticleForDesk(getDb(), actor, input.id);
  return { data: { version: article.version, values: articleFormValues(article) } };
});

// The printed byline in both languages, for the form's live preview. On the
// server, so the desk's pages do not carry the pinyin dictionary.
export const previewByline = staffAction(bylinePreviewSchema, async ({ input }) => {
  const contributors = input.contributors.filter((c) => c.name).map((c) => ({ name: c.name, role: c.role, credit: c.credit ?? null }));
  return { data: { zh: formatByline(input.dateline, contributors, "zh-CN"), en: formatByline(input.dateline, contributors, "en") } };
});

/** Runs one move of the state machine; every move can change what readers see. */
async function move(actor: Parameters<typeof transition>[1], input: TransitionInput) {
  const article = await transition(getDb(), actor, input);
  await publishChange(getDb(), { slugs: [article.slug] });
  return { version: article.version };
}

/** The editor's layout decision, as the article stores it. */
const layoutOf = (input: z.output<typeof publishSchema>) => ({
  sectionId: input.sectionId,
  placement: input.placement,
  ...(input.type ? { type: input.type } : {}),
  editionDate: input.editionDate ? new Date(`${input.editionDate}T00:00:00Z`) : null,
  pageNumber: input.pageNumber ?? null,
  pageName: input.pageName ?? null,
});

export const submitArticle = staffAction(submitSchema, async ({ actor, input, messages }) => ({
  data: await move(actor, { articleId: input.id, name: "submit", expectedVersion: input.version }),
  message: messages.results.submitted,
}));

export const approveArticle = staffAction(approveSchema, async ({ actor, input, messages }) => ({
  data: await move(actor, { articleId: input.id, name: "approve", expectedVersion: input.version, note: input.note }),
  message: messages.results.approved,
}));

export const returnArticle = staffAction(returnSchema, async ({ actor, input, messages }) => ({
  data: await move(actor, { articleId: input.id, name: "return", expectedVersion: input.version, note: input.note }),
  message: messages.results.returned,
}));

export const publishArticle = staffAction(publishSchema, async ({ actor, input, messages }) => ({
  data: await move(actor, { articleId: input.id, name: "publish", expectedVersion: input.version, note: input.note, placement: layoutOf(input), proofOverride: input.proofOverride }),
  message: messages.results.published,
}));

export const scheduleArticle = staffAction(scheduleSchema, async ({ actor, input, messages }) => {
  const { newsroom } = await readPublicSettings(getDb());
  const publishAt = zonedTimeToInstant(input.publishAt, newsroom.timeZone);
  if (!publishAt) throw new AppError("invalid_input");
  return {
    data: await move(actor, { articleId: input.id, name: "schedule", expectedVersion: input.version, note: input.note, placement: layoutOf(input), publishAt, proofOverride: input.proofOverride }),
    message: messages.results.scheduled,
  };
});

export const spikeArticle = staffAction(spikeSchema, async ({ actor, input, messages }) => ({
  data: await move(actor, { articleId: input.id, name: "spike", expectedVersion: input.version, note: input.note }),
  message: messages.results.spiked,
}));

export const retractArticle = staffAction(retractSchema, async ({ actor, input, messages }) => ({
  data: await move(actor, { articleId: input.id, name: "retract", expectedVersion: input.version, note: input.note }),
  message: messages.results.retracted,
}));

export const recallArticle = staffAction(recallSchema, async ({ actor, input, messages }) => ({
  data: await move(actor, { articleId: input.id, name: "recall", expectedVersion: input.version }),
  message: messages.results.recalled,
}));

// The story stays published; its section, placement or page change. Every
// reader page carries the front page's tag, so the section and edition it
// left are expired with the rest (lib/public/cached.ts).
export const replaceArticle = staffAction(replaceSchema, async ({ actor, input, messages }) => ({
  data: await move(actor, { articleId: input.id, name: "replace", expectedVersion: input.version, placement: layoutOf(input) }),
  message: messages.results.replaced,
}));

export const correctPublished = staffAction(correctSchema, async ({ actor, input, messages }) => {
  const { id, version, correctionNote, ...fields } = input;
  const saved = await correctArticle(getDb(), actor, { id, expectedVersion: version, fields, note: correctionNote });
  await publishChange(getDb(), { slugs: [saved.slug] });
  return { data: saved, message: messages.results.corrected };
});

export const changeArticleSlug = staffAction(changeSlugSchema, async ({ actor, input, messages }) => {
  const changed = await changeSlug(getDb(), actor, { id: input.id, expectedVersion: input.version, slug: input.slug });
  await publishChange(getDb(), { slugs: [changed.slug, changed.oldSlug] });
  return { data: { version: changed.version }, message: messages.results.slugChanged };
});
