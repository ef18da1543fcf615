// The newsroom's photo library: every uploaded picture, newest first.
import type { Db } from "@/lib/database/client";
import { authorize, type Actor } from "@/lib/auth/policy";
import { readVariants, type MediaRef } from "./urls";

export interface LibraryItem extends MediaRef {
  originalName: string;
  bytes: number;
  createdAt: Date;
  uploadedBy: string;
  /** How many article photo slots show it. */
  uses: number;
}

export async function listLibrary(db: Db, actor: Actor, options: { take?: number; skip?: number } = {}): Promise<LibraryItem[]> {
  authorize(actor, "media:upload");
  const rows = await db.media.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: options.take ?? 60,
    skip: options.skip ?? 0,
    select: {
      id: true,
      width: true,
      height: true,
      variants: true,
      originalName: true,
      bytes: true,
      createdAt: true,
      uploadedBy: { select: { name: true } },
      _count: { select: { photos: true } },
    },
  });
  return rows.map(({ uploadedBy, _count, variants, ...media }) => ({ ...media, variants: readVariants(variants), uploadedBy: uploadedBy.name, uses: _count.photos }));
}
