// What every move shares, desk or system: the table's from-states first (a
// move from the wrong state is `invalid_transition`), then the policy's who
// (`forbidden`), then the status written under the database's guard and the
// audit event (who, when, from, to, note). Callers hold the article's row lock.
import type { Tx } from "@/lib/database/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import type { LockedArticle } from "@/lib/articles/lock";
import { authorize, type Actor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { RuleRefusal } from "@/lib/rule-refusal";
import { readStages, stageRoles, type Stage } from "./stages";
import { MOVED_COLUMNS, writeStatus } from "./status-write";
import { fromStates, TRANSITIONS, type Transition, type TransitionName } from "./transitions";

/** Refuses the move unless the table lets it start from the article's state and the policy lets this person make it. */
export async function checkMove(tx: Tx, actor: Actor | null, article: LockedArticle, name: TransitionName, stages?: Stage[]) {
  const rule: Transition = TRANSITIONS[name];
  const current = stages ?? (await readStages(tx));
  if (!fromStates(name, current.length).includes(article.status)) {
    throw rule.notFrom ? new RuleRefusal("invalid_transition", rule.notFrom) : new AppError("invalid_transition", `${name} from ${article.status}`);
  }
  if (rule.action) authorize(actor, rule.action, { ...article, stageRoles: stageRoles(current) });
}

export interface MoveWrite {
  actorId: string;
  now: Date;
  /** Where it goes when the table's `to` depends on the stage (approve). */
  to?: ArticleStatus;
  /** Columns that change with the status: review stage, publish time, placement. */
  data?: Prisma.ArticleUncheckedUpdateInput;
  note?: string | null;
  /** The review stage the event is about. */
  stage?: number | null;
  /** What the move changed besides the status, for the history (a re-placement's before and after). */
  detail?: Prisma.InputJsonValue;
}

/** Writes a checked move and appends its event. */
export async function writeMove(tx: Tx, article: LockedArticle, name: TransitionName, write: MoveWrite) {
  const rule = TRANSITIONS[name];
  const to = write.to ?? rule.to;
  const data = { ...write.data, ...(to !== article.status ? { status: to } : {}), ...(rule.bumpsVersion ? { version: { increment: 1 } } : {}) };
  const row = Object.keys(data).length > 0
    ? await writeStatus(tx, article.id, data)
    : await tx.article.findUniqueOrThrow({ where: { id: article.id }, select: MOVED_COLUMNS });
  const note = write.note ?? ("note" in rule ? rule.note : null);
  await tx.workflowEvent.create({
    data: {
      articleId: article.id,
      actorId: write.actorId,
      fromStatus: article.status,
      toStatus: row.status,
      note,
      stage: write.stage ?? null,
      detail: write.detail,
      createdAt: write.now,
    },
  });
  return row;
}

/** A system move: checked and written in one go, inside the step it follows from. */
export async function systemMove(tx: Tx, actor: Actor, article: LockedArticle, name: TransitionName, write: Omit<MoveWrite, "actorId">) {
  await checkMove(tx, actor, article, name);
  return writeMove(tx, article, name, { ...write, actorId: actor.id });
}

/** An article's first event: it exists, as a DRAFT (the only state the database lets a new row have). */
export async function recordCreation(tx: Tx, input: { articleId: string; actorId: string; now: Date; note?: string }) {
  await tx.workflowEvent.create({
    data: { articleId: input.articleId, actorId: input.actorId, fromStatus: null, toStatus: "DRAFT", note: input.note ?? null, createdAt: input.now },
  });
}
