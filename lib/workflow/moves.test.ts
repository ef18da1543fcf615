// Every move of the table, desk or system, through the state machine against
// the database: from a state the table does not list it is `invalid_transition`
// (409), by a person the policy does not allow it is `forbidden` (403), and
// either way nothing changes; from the right state by the right person it is
// made and appends its event.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { lockArticle } from "@/lib/articles/lock";
import { createArticle } from "@/lib/articles/save";
import type { Actor } from "@/lib/auth/policy";
import { HTTP_STATUS, type ErrorCode } from "@/lib/errors";
import { makeSection, makeUser, resetDatabase, sampleFields, testDb } from "@/lib/testing/db";
import { bypassStatusGuard } from "@/lib/testing/status";
import { mayMove } from "./allowed";
import { correctArticle } from "./correct";
import { systemMove } from "./move";
import { publishDueArticles } from "./scheduler";
import { transition } from "./transition";
import { TRANSITION_NAMES, type DeskMove, type TransitionName } from "./transitions";

const db = testDb();

/** `other`: a reporter who is not the article's author. */
type Who = "reporter" | "other" | "editor" | "chief";
let people: Record<Who, Actor>;
let sectionId: string;

beforeAll(async () => {
  await resetDatabase(db);
  const [reporter, other, editor, chief] = await Promise.all([makeUser("REPORTER"), makeUser("REPORTER"), makeUser("EDITOR"), makeUser("CHIEF_EDITOR")]);
  people = { reporter: reporter!, other: other!, editor: editor!, chief: chief! };
  sectionId = (await makeSection(db)).id;
});
beforeEach(async () => {
  await db.setting.deleteMany();
});

/** The reporter's article, put straight into `status` (a fixture, not a walk through the workflow). */
async function articleIn(status: ArticleStatus) {
  const { id } = await createArticle(db, people.reporter, sampleFields());
  if (status !== "DRAFT") {
    const publishedAt = status === "PUBLISHED" ? new Date(Date.now() - 60_000) : status === "SCHEDULED" ? new Date(Date.now() + 3_600_000) : null;
    await bypassStatusGuard(db, (tx) => tx.article.update({ where: { id }, data: { status, publishedAt, sectionId } }));
  }
  return id;
}

const facts = (id: string) => db.article.findUniqueOrThrow({ where: { id }, select: { status: true, version: true, _count: { select: { events: true } } } });
const system = (name: TransitionName, actor: Actor, id: string) =>
  db.$transaction(async (tx) => systemMove(tx, actor, await lockArticle(tx, id), name, { now: new Date() }));
const desk = (name: DeskMove, extra: object = {}) => async (actor: Actor, id: string) => {
  const { version } = await facts(id);
  return transition(db, actor, { articleId: id, name, expectedVersion: version, note: "理由", ...extra });
};

interface Case {
  /** Makes the move the way the application does. */
  run: (actor: Actor, id: string) => Promise<unknown>;
  /** A state the move starts from, and who may make it. */
  ok: [ArticleStatus, Who];
  /** A state it may not start from, for the same person. */
  wrongState: ArticleStatus;
  /** A person who may not make it, in the right state; null when no person asks for the move. */
  wrongPerson: Who | null;
}

const CASES: Record<TransitionName, Case> = {
  submit: { run: desk("submit"), ok: ["DRAFT", "reporter"], wrongState: "SUBMITTED", wrongPerson: "other" },
  approve: { run: desk("approve"), ok: ["SUBMITTED", "editor"], wrongState: "DRAFT", wrongPerson: "reporter" },
  return: { run: desk("return"), ok: ["SUBMITTED", "editor"], wrongState: "DRAFT", wrongPerson: "reporter" },
  publish: { run: desk("publish", { placement: { sectionId: null, placement: "TOP" } }), ok: ["SUBMITTED", "editor"], wrongState: "DRAFT", wrongPerson: "reporter" },
  schedule: { run: desk("schedule", { publishAt: new Date(Date.now() + 86_400_000) }), ok: ["APPROVED", "editor"], wrongState: "PUBLISHED", wrongPerson: "reporter" },
  spike: { run: desk("spike"), ok: ["DRAFT", "editor"], wrongState: "PUBLISHED", wrongPerson: "reporter" },
  retract: { run: desk("retract"), ok: ["PUBLISHED", "chief"], wrongState: "SCHEDULED", wrongPerson: "editor" },
  // 撤回: only one's own, and only before a reviewer has acted (a sign-off moves it on to IN_REVIEW).
  recall: { run: desk("recall"), ok: ["SUBMITTED", "reporter"], wrongState: "IN_REVIEW", wrongPerson: "other" },
  replace: { run: desk("replace", { placement: { sectionId: null, placement: "LEAD" } }), ok: ["PUBLISHED", "editor"], wrongState: "SUBMITTED", wrongPerson: "reporter" },
  correct: {
    run: async (actor, id) => correctArticle(db, actor, { id, expectedVersion: (await facts(id)).version, fields: sampleFields({ body: "更正后的正文。" }), note: "数字有误" }),
    ok: ["PUBLISHED", "chief"],
    wrongState: "APPROVED",
    wrongPerson: "editor",
  },
  // The clock makes it; it is credited to whoever scheduled it.
  publishDue: { run: (actor, id) => system("publishDue", actor, id), ok: ["SCHEDULED", "editor"], wrongState: "APPROVED", wrongPerson: null },
  voidSignOffs: { run: (actor, id) => system("voidSignOffs", actor, id), ok: ["IN_REVIEW", "editor"], wrongState: "RETURNED", wrongPerson: "reporter" },
  archiveImport: { run: (actor, id) => system("archiveImport", actor, id), ok: ["DRAFT", "chief"], wrongState: "SUBMITTED", wrongPerson: "editor" },
};

async function refusal(run: () => Promise<unknown>, id: string) {
  const before = await facts(id);
  const error = await run().then(() => null, (e: unknown) => e as { code?: ErrorCode });
  expect(await facts(id), "a refused move changes nothing").toEqual(before);
  return error?.code;
}

describe("every move of the table", () => {
  it("has its row here", () => {
    expect(Object.keys(CASES).sort()).toEqual([...TRANSITION_NAMES].sort());
  });

  describe.each(Object.entries(CASES) as [TransitionName, Case][])("%s", (name, c) => {
    it(`from ${c.wrongState}: invalid_transition (409)`, async () => {
      const id = await articleIn(c.wrongState);
      const code = await refusal(() => c.run(people[c.ok[1]], id), id);
      expect(code).toBe("invalid_transition");
      expect(HTTP_STATUS[code!]).toBe(409);
    });

    it(`by the wrong person: forbidden (403)`, async () => {
      const id = await articleIn(c.ok[0]);
      if (!c.wrongPerson) {
        // No one asks for it: the desk never offers it, and `transition` will not make it.
        expect(mayMove(people.chief, name, { createdById: people.reporter.id, status: c.ok[0] })).toBe(false);
        const code = await refusal(() => transition(db, people.chief, { articleId: id, name: name as DeskMove, expectedVersion: 1 }), id);
        expect(code).toBe("invalid_transition");
        return;
      }
      const code = await refusal(() => c.run(people[c.wrongPerson!], id), id);
      expect(code).toBe("forbidden");
      expect(HTTP_STATUS[code!]).toBe(403);
    });

    it(`from ${c.ok[0]} by the ${c.ok[1]}: made, with its event`, async () => {
      const id = await articleIn(c.ok[0]);
      const before = await facts(id);
      await c.run(people[c.ok[1]], id);
      const after = await facts(id);
      expect(after._count.events).toBe(before._count.events + 1);
      const event = await db.workflowEvent.findFirstOrThrow({ where: { articleId: id }, orderBy: { createdAt: "desc" } });
      expect(event).toMatchObject({ fromStatus: c.ok[0], toStatus: after.status, actorId: people[c.ok[1]].id });
    });
  });
});

describe("system moves made by the steps they follow from", () => {
  it("a due publish is credited to whoever scheduled it, and to the author when no one did", async () => {
    const scheduled = await createArticle(db, people.reporter, sampleFields());
    await transition(db, people.reporter, { articleId: scheduled.id, name: "submit", expectedVersion: 1 });
    await transition(db, people.editor, { articleId: scheduled.id, name: "schedule", expectedVersion: 2, publishAt: new Date(Date.now() + 1_000) });
    const restored = await articleIn("SCHEDULED");
    await publishDueArticles(db, new Date(Date.now() + 7_200_000));
    const credit = async (id: string) => (await db.workflowEvent.findFirstOrThrow({ where: { articleId: id, toStatus: "PUBLISHED" } })).actorId;
    expect(await credit(scheduled.id)).toBe(people.editor.id);
    expect(await credit(restored)).toBe(people.reporter.id);
  });
});
