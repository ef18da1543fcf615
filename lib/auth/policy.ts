// The one place that says who may do what. Every server action and every
// domain call goes through `can` / `authorize`; the UI only asks it what to show.
// For a workflow move it answers only *who*: from which states a move may
// start is the transition table's alone (lib/workflow/transitions.ts), and
// the state machine checks that first. Permissions that are not moves (edit
// while unpublished, change a slug) still depend on the status.
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
  /** While IN_REVIEW: the stage (1..N) the article waits at. */
  reviewStage?: number | null;
  /** The role each review stage needs (the workflow setting); one editor stage when absent. */
  stageRoles?: Role[];
  /** For comment:resolve: who wrote the comment (they may resolve it too). */
  commentAuthorId?: string;
  /** The least role that may sign a proofreading round (the 三校 setting); an editor when absent. */
  proofRole?: Role;
}

export const ACTIONS = [
  "article:create",
  "article:read", // see it in the desk, including drafts
  "article:edit",
  "article:submit", // a move: who only, like every move below
  "article:return",
  "article:approve", // sign off the stage the article waits at, with an opinion (审稿意见)
  "article:schedule", // publish at a later time
  "article:spike", // kill unpublished work (撤稿), with a note
  "article:correct", // edit a published article with a public correction note (更正)
  "article:slug", // change the public address; the old one redirects
  "article:publish", // includes setting section and placement
  "article:retract", // take a published article down, with a note
  "article:recall", // 撤回: take one's own submitted article back to the drafts
  "article:replace", // 调整版位: move a published article (section, placement, page) without retracting it
  "article:import", // turn a page's text into draft articles
  "article:import-publish", // import a printed page straight into the archive, published
  "front-page:preview", // see the front page as it will be at a chosen time
  "front-page:pin", // pin or unpin the lead
  "settings:manage", // review stages, paper name, front-page counts
  "users:manage", // create people, change roles, deactivate, unlock, reset a password
  "account:password", // change one's own password (the current one is the proof)
  "sections:manage", // create, rename, reorder sections and change their slugs
  "audit:read", // the newsroom-wide workflow log
  "review:read", // the review queue and its counts
  "assignment:create", // create assignments and see the whole board
  "assignment:start", // facts: { createdById: the assigned reporter, status: "DRAFT" }
  "comment:add", // an editorial note on an article one may read
  "comment:resolve", // by the article's owner (who acts on it), the comment's author, or an editor
  "media:upload", // upload pictures and see the photo library: any signed-in staff
  "proofread:words", // keep the proofreading word lists (禁用词, 规范表述 …): add, edit, delete, import, export
  "page:manage", // 数字报: upload a printed page (PDF or scan) and edit its stories' regions
  "proofread:settings", // how many proofreading rounds (三校) and who may sign them
  "proofread:sign", // sign off a proofreading round (一校, 二校, 三校); who only, like a review sign-off
  "proofread:ignore", // keep a checker finding on purpose, with a reason (or take that back)
  "proofread:override", // publish or schedule although proofreading is not complete, with a reason
] as const;

export type Action = (typeof ACTIONS)[number];

// States in which the text is still work in progress (editing is not a move).
const REPORTER_EDITABLE: ArticleStatus[] = ["DRAFT", "RETURNED"];
const UNPUBLISHED: ArticleStatus[] = ["DRAFT", "SUBMITTED", "IN_REVIEW", "APPROVED", "RETURNED", "SCHEDULED"];

export function can(actor: Actor | null, action: Action, article?: ArticleFacts): boolean {
  if (!actor) return false;
  const editor = atLeast(actor.role, "EDITOR");
  const own = article ? article.createdById === actor.id : false;

  switch (action) {
    case "article:create":
    // Attaching a picture to an article also needs article:edit on it.
    case "media:upload":
    case "account:password":
      return true;
    case "article:read":
    case "comment:add":
    // Here "own" means the assigned reporter.
    case "assignment:start":
      return !!article && (own || editor);
    case "comment:resolve":
      return !!article && (own || editor || article.commentAuthorId === actor.id);
    case "article:edit":
    // Deciding that a finding stays is a decision about the text: whoever may change it.
    case "proofread:ignore":
      if (!article) return false;
      if (editor) return UNPUBLISHED.includes(article.status);
      return own && REPORTER_EDITABLE.includes(article.status);
    case "article:submit":
      return !!article && (own || editor);
    // What one filed, one may take back; someone else's is an editor's to return.
    case "article:recall":
      return !!article && own;
    case "article:return":
    case "article:spike":
    // Editors and chief editors place stories; re-placing a published one is the same call (PRODUCT §3).
    case "article:replace":
      return !!article && editor;
    // The stage it waits at (1 while SUBMITTED) names the role that may sign it.
    case "article:approve": {
      if (!article || !editor) return false;
      const stage = article.status === "SUBMITTED" ? 1 : (article.reviewStage ?? 1);
      return atLeast(actor.role, (article.stageRoles ?? ["EDITOR"])[stage - 1] ?? "ADMIN");
    }
    // With one review stage the editor who approves also publishes; with
    // more, publishing is the chief editor's final sign-off after the last stage.
    case "article:publish":
    case "article:schedule":
      if (!article) return false;
      return (article.stageRoles?.length ?? 1) <= 1 ? editor : atLeast(actor.role, "CHIEF_EDITOR");
    case "article:slug":
      return !!article && editor && article.status !== "SPIKED";
    case "article:correct":
    // Unpublishing is a chief editor's call (PRODUCT §1).
    case "article:retract":
      return !!article && atLeast(actor.role, "CHIEF_EDITOR");
    case "article:import":
    // The printed page is the desk's, as page placement is.
    case "page:manage":
    case "assignment:create":
    case "front-page:preview":
    case "review:read":
      return editor;
    case "front-page:pin":
      return atLeast(actor.role, "CHIEF_EDITOR");
    case "settings:manage":
      return actor.role === "ADMIN";
    // Administration is the admin's alone (PRODUCT §1), whatever else they may do.
    case "users:manage":
    case "sections:manage":
    case "audit:read":
      return actor.role === "ADMIN";
    // Publishing without review is the final sign-off, so only the chief's.
    case "article:import-publish":
      return atLeast(actor.role, "CHIEF_EDITOR");
    // What the paper may not print is the chief editor's call, and so is
    // how thoroughly it proofreads, and when it goes out without that.
    case "proofread:words":
    case "proofread:settings":
      return atLeast(actor.role, "CHIEF_EDITOR");
    case "proofread:override":
      return !!article && atLeast(actor.role, "CHIEF_EDITOR");
    // Proofreaders are desk staff of at least the role the paper names, and
    // never the article's author: nobody proofreads their own copy. One
    // person signing two rounds is refused by lib/workflow/proof-sign.ts.
    case "proofread:sign":
      return !!article && editor && !own && atLeast(actor.role, article.proofRole ?? "EDITOR");
  }
}

/** Throws `forbidden` unless the policy allows it. */
export function authorize(actor: Actor | null, action: Action, article?: ArticleFacts): asserts actor is Actor {
  if (!actor) throw new AppError("unauthenticated");
  if (!can(actor, action, article)) throw new AppError("forbidden", `${actor.role} may not ${action}`);
}
