// Sections (栏目): create, rename, reorder, change slug. The public pages
// read them (nav order, section pages), so the actions expire those caches.
// Each change is written to the audit log in the same transaction.
import type { Db, DbOrTx } from "@/lib/database/client";
import { authorize, type Actor } from "@/lib/auth/policy";
import { recordAudit, type RequestOrigin } from "@/lib/audit/record";
import { isUniqueViolation, Refusal } from "@/lib/admin/refusal";
import type { CreateSectionInput } from "@/lib/validation/sections";

const sectionFields = { id: true, slug: true, nameZh: true, nameEn: true, position: true } as const;

export async function listSections(db: Db, actor: Actor | null) {
  authorize(actor, "sections:manage");
  return db.section.findMany({
    select: { ...sectionFields, oldSlugs: { select: { slug: true }, orderBy: { createdAt: "asc" } } },
    orderBy: [{ position: "asc" }, { id: "asc" }],
  });
}

const slugRace = (error: unknown) => (isUniqueViolation(error) ? new Refusal("slug_taken", "slug") : error);

// A slug is taken by a live section or by another section's old links:
// handing those out again would send readers of the old links elsewhere.
async function assertSlugFree(db: DbOrTx, slug: string, sectionId?: string) {
  const [live, retired] = await Promise.all([
    db.section.findUnique({ where: { slug }, select: { id: true } }),
    db.sectionSlugRedirect.findUnique({ where: { slug }, select: { sectionId: true } }),
  ]);
  if (live || (retired && retired.sectionId !== sectionId)) throw new Refusal("slug_taken", "slug");
}

export async function createSection(db: Db, actor: Actor | null, input: CreateSectionInput, origin: RequestOrigin = {}) {
  authorize(actor, "sections:manage");
  await assertSlugFree(db, input.slug);
  const last = await db.section.aggregate({ _max: { position: true } });
  return db
    .$transaction(async (tx) => {
      const section = await tx.section.create({
        data: { slug: input.slug, nameZh: input.nameZh, nameEn: input.nameEn, position: (last._max.position ?? 0) + 1 },
        select: sectionFields,
      });
      const detail = { slug: section.slug, nameZh: section.nameZh, nameEn: section.nameEn };
      await recordAudit(tx, { action: "SECTION_CREATE", actorId: actor.id, address: origin.address, detail });
      return section;
    })
    .catch((error) => Promise.reject(slugRace(error)));
}

export async function renameSection(db: Db, actor: Actor | null, id: string, names: { nameZh: string; nameEn: string }, origin: RequestOrigin = {}) {
  authorize(actor, "sections:manage");
  await db.$transaction(async (tx) => {
    const before = await tx.section.findUnique({ where: { id }, select: { slug: true, nameZh: true, nameEn: true } });
    if (!before) throw new Refusal("section_not_found");
    await tx.section.update({ where: { id }, data: { nameZh: names.nameZh, nameEn: names.nameEn } });
    const detail = { slug: before.slug, nameZh: names.nameZh, nameEn: names.nameEn, fromZh: before.nameZh, fromEn: before.nameEn };
    await recordAudit(tx, { action: "SECTION_RENAME", actorId: actor.id, address: origin.address, detail });
  });
}

/**
 * Swaps the section with its neighbour, in one transaction. Positions are
 * rewritten as 1..n while at it, so ties or gaps left by older data cannot
 * make a swap a no-op. At the top (or bottom) nothing changes.
 */
export async function moveSection(db: Db, actor: Actor | null, id: string, direction: "up" | "down", origin: RequestOrigin = {}) {
  authorize(actor, "sections:manage");
  await db.$transaction(async (tx) => {
    const order = await tx.section.findMany({ select: { id: true, position: true, slug: true, nameZh: true, nameEn: true }, orderBy: [{ position: "asc" }, { id: "asc" }] });
    const index = order.findIndex((s) => s.id === id);
    if (index < 0) throw new Refusal("section_not_found");
    const other = direction === "up" ? index - 1 : index + 1;
    if (other < 0 || other >= order.length) return;
    const { slug, nameZh, nameEn } = order[index]!;
    [order[index], order[other]] = [order[other]!, order[index]!];
    for (const [i, section] of order.entries()) {
      if (section.position !== i + 1) await tx.section.update({ where: { id: section.id }, data: { position: i + 1 } });
    }
    await recordAudit(tx, { action: "SECTION_MOVE", actorId: actor.id, address: origin.address, detail: { slug, nameZh, nameEn, direction } });
  });
}

/** The old slug keeps working: it goes into SectionSlugRedirect and redirects to the new one. */
export async function changeSectionSlug(db: Db, actor: Actor | null, id: string, slug: string, origin: RequestOrigin = {}) {
  authorize(actor, "sections:manage");
  return db.$transaction(async (tx) => {
    const section = await tx.section.findUnique({ where: { id }, select: { slug: true, nameZh: true, nameEn: true } });
    if (!section) throw new Refusal("section_not_found");
    if (section.slug === slug) return { oldSlug: slug, slug };
    await assertSlugFree(tx, slug, id);
    // Going back to one of its own old slugs: that slug is live again.
    await tx.sectionSlugRedirect.deleteMany({ where: { slug } });
    await tx.sectionSlugRedirect.create({ data: { slug: section.slug, sectionId: id } });
    await tx.section.update({ where: { id }, data: { slug } });
    const detail = { slug, from: section.slug, nameZh: section.nameZh, nameEn: section.nameEn };
    await recordAudit(tx, { action: "SECTION_SLUG", actorId: actor.id, address: origin.address, detail });
    return { oldSlug: section.slug, slug };
  }).catch((error) => Promise.reject(slugRace(error)));
}
