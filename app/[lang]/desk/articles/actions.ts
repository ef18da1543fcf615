"use server";

import { createArticle, updateArticle } from "@/lib/articles/save";
import { staffAction } from "@/lib/actions/staff-action";
import { getDb } from "@/lib/db";
import { afterPublicChange } from "@/lib/public/revalidate";
import { publishSchema, retractSchema, returnSchema, saveArticleSchema, submitSchema } from "@/lib/validation/article";
import { transition, type TransitionResult } from "@/lib/workflow";

export const saveArticle = staffAction(saveArticleSchema, async ({ actor, input, messages }) => {
  const { id, version, ...fields } = input;
  const saved =
    id && version ? await updateArticle(getDb(), actor, id, version, fields) : await createArticle(getDb(), actor, fields);
  return { data: saved, message: messages.results.saved };
});

// Every transition can change what readers see (or must stop seeing).
const revalidatePublic = (article: TransitionResult) => afterPublicChange(article.slug);

export const submitArticle = staffAction(submitSchema, async ({ actor, input, messages }) => {
  const article = await transition(getDb(), actor, { articleId: input.id, name: "submit", expectedVersion: input.version });
  await revalidatePublic(article);
  return { data: { version: article.version }, message: messages.results.submitted };
});

export const returnArticle = staffAction(returnSchema, async ({ actor, input, messages }) => {
  const article = await transition(getDb(), actor, {
    articleId: input.id,
    name: "return",
    expectedVersion: input.version,
    note: input.note,
  });
  await revalidatePublic(article);
  return { data: { version: article.version }, message: messages.results.returned };
});

export const publishArticle = staffAction(publishSchema, async ({ actor, input, messages }) => {
  const article = await transition(getDb(), actor, {
    articleId: input.id,
    name: "publish",
    expectedVersion: input.version,
    placement: { sectionId: input.sectionId, placement: input.placement },
  });
  await revalidatePublic(article);
  return { data: { version: article.version, slug: article.slug }, message: messages.results.published };
});

export const retractArticle = staffAction(retractSchema, async ({ actor, input, messages }) => {
  const article = await transition(getDb(), actor, {
    articleId: input.id,
    name: "retract",
    expectedVersion: input.version,
    note: input.note,
  });
  await revalidatePublic(article);
  return { data: { version: article.version }, message: messages.results.retracted };
});
