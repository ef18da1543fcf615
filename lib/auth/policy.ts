// The one place that says who may do what. Every server action and every
// domain call goes through `can` / `authorize`; the UI only asks it what to show.
import type { ArticleStatus, Role } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { atLeast } from "./roles";

export interface Actor {
  id: string;
  role: Role;
}

export interface ArticleFacts {
  createdById: string;
  status: ArticleStatus;
}

export const ACTIONS = [
  "article:create",
  "article:read", // see it in the desk, including drafts
  "article:edit",
  "article:submit",
  "article:return",
  "article:publish", // includes setting section and placement
  "article:retract", // take a published article down, with a note
  "article:import", // turn a page's text into draft articles
  "article:import-publish", // import a printed page straight into the archive, published
  "front-page:preview", // see the front page as it will be at a chosen time
  "front-page:pin", // pin or unpin the lead
] as const;

export type Action = (typeof ACTIONS)[number];

// States in which the text is still work in progress.
const REPORTER_EDITABLE: ArticleStatus[] = ["DRAFT", "RETURNED"];
const UNPUBLISHED: ArticleStatus[] = ["DRAFT", "SUBMITTED", "IN_REVIEW", "APPROVED", "RETURNED", "SCHEDULED"];
const IN_REVIEW: ArticleStatus[] = ["SUBMITTED", "IN_REVIEW", "APPROVED"];

export function can(actor: Actor | null, action: Action, article?: ArticleFacts): boolean {
  if (!actor) return false;
  const editor = atLeast(actor.role, "EDITOR");
  const own = article ? article.createdById === actor.id : false;

  switch (action) {
    case "article:create":
      return true;
    case "article:read":
      return !!article && (own || editor);
    case "article:edit":
      if (!article) return false;
      if (editor) return UNPUBLISHED.includes(article.status);
      return own && REPORTER_EDITABLE.includes(article.status);
    case "article:submit":
      return !!article && (own || editor) && REPORTER_EDITABLE.includes(article.status);
    case "article:return":
    case "article:publish":
      return !!article && editor && IN_REVIEW.includes(article.status);
    // Unpublishing is a chief editor's call (PRODUCT §1).
    case "article:retract":
      return !!article && atLeast(actor.role, "CHIEF_EDITOR") && article.status === "PUBLISHED";
    case "article:import":
    case "front-page:preview":
      return editor;
    case "front-page:pin":
      return atLeast(actor.role, "CHIEF_EDITOR");
    // Publishing without review is the final sign-off, so only the chief's.
    case "article:import-publish":
      return atLeast(actor.role, "CHIEF_EDITOR");
  }
}

/** Throws `forbidden` unless the policy allows it. */
export function authorize(actor: Actor | null, action: Action, article?: ArticleFacts): asserts actor is Actor {
  if (!actor) throw new AppError("unauthenticated");
  if (!can(actor, action, article)) throw new AppError("forbidden", `${actor.role} may not ${action}`);
}
