"use server";

import { refusableAction } from "@/lib/admin/refusable-action";
import { getDb } from "@/lib/db";
import { afterPublicChange } from "@/lib/public/revalidate";
import { changeSectionSlug, createSection, moveSection, renameSection } from "@/lib/sections/manage";
import { changeSectionSlugSchema, createSectionSchema, moveSectionSchema, renameSectionSchema } from "@/lib/validation/sections";

// Sections are public: the section bar's names and order, the front page's
// blocks, /sections/<slug>. Every change expires those pages at once.

export const createSectionAction = refusableAction(createSectionSchema, async ({ actor, input, messages, origin }) => {
  await createSection(getDb(), actor, input, origin);
  await afterPublicChange();
  return { data: null, message: messages.sections.created };
});

export const renameSectionAction = refusableAction(renameSectionSchema, async ({ actor, input, messages, origin }) => {
  await renameSection(getDb(), actor, input.id, input, origin);
  await afterPublicChange();
  return { data: null, message: messages.sections.renamed };
});

export const moveSectionAction = refusableAction(moveSectionSchema, async ({ actor, input, messages, origin }) => {
  await moveSection(getDb(), actor, input.id, input.direction, origin);
  await afterPublicChange();
  return { data: null, message: messages.sections.moved };
});

export const changeSectionSlugAction = refusableAction(changeSectionSlugSchema, async ({ actor, input, messages, origin }) => {
  await changeSectionSlug(getDb(), actor, input.id, input.slug, origin);
  await afterPublicChange();
  return { data: null, message: messages.sections.slugChanged };
});
