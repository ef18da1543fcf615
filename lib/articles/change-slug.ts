// Editors may change an article's slug; the old one keeps working as a
// permanent redirect (SlugRedirect), so links already shared never break.
import type { Db } from "@/lib/database/client";
import { authorize, type Actor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { lockArticle } from "./lock";

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export async function changeSlug(db: Db, actor: Actor, input: { id: string; expectedVersion: number; slug: string }) {
  const slug = input.slug.trim().toLowerCase();
  if (!SLUG_PATTERN.test(slug) || slug.length > 100) throw new AppError("invalid_input", "slug must be ASCII words joined by hyphens");
  return db.$transaction(async (tx) => {
    const current = await lockArticle(tx, input.id);
    authorize(actor, "article:read", current);
    if (current.version !== input.expectedVersion) throw new AppError("conflict");
    authorize(actor, "article:slug", current);
    const article = await tx.article.findUniqueOrThrow({ where: { id: input.id }, select: { slug: true } });
    if (article.slug === slug) return { slug, oldSlug: slug, version: current.version };
    // Taken by another article, now or as one of its old addresses.
    const [other, redirect] = await Promise.all([
      tx.article.findUnique({ where: { slug }, select: { id: true } }),
      tx.slugRedirect.findUnique({ where: { slug }, select: { articleId: true } }),
    ]);
    if (other || (redirect && redirect.articleId !== input.id)) throw new AppError("invalid_input", "slug taken");
    if (redirect) await tx.slugRedirect.delete({ where: { slug } });
    await tx.slugRedirect.create({ data: { slug: article.slug, articleId: input.id } });
    const saved = await tx.article.update({ where: { id: input.id }, data: { slug, version: { increment: 1 } }, select: { slug: true, version: true } });
    return { slug: saved.slug, oldSlug: article.slug, version: saved.version };
  });
}
