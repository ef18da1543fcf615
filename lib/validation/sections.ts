// Shared by the section forms and the admin actions. Messages are catalog
// keys under `validation.*`.
import { z } from "zod";

const id = z.string().min(1).max(40);

// ASCII and stable (PRODUCT §5): lower-case letters, digits, single hyphens.
export const sectionSlug = z
  .string()
  .trim()
  .toLowerCase()
  .max(60, "too_long")
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "slug_invalid");

const names = {
  nameZh: z.string().trim().min(1, "section_name_required").max(30, "too_long"),
  nameEn: z.string().trim().min(1, "section_name_required").max(60, "too_long"),
};

export const createSectionSchema = z.object({ slug: sectionSlug, ...names });
export const renameSectionSchema = z.object({ id, ...names });
export const moveSectionSchema = z.object({ id, direction: z.enum(["up", "down"]) });
export const changeSectionSlugSchema = z.object({ id, slug: sectionSlug });

export type CreateSectionInput = z.output<typeof createSectionSchema>;
