// 三校: the proofreading rounds against a real database. Rounds are signed
// in order, by different proofreaders who are not the author, each bound to
// the revision read and counting what the checker found; a text change
// voids them as review sign-offs are voided; publishing waits for every
// round and for no open error, unless a chief editor says why not.
import { beforeEach, describe, expect, it } from "vitest";
import { createArticle, updateArticle } from "@/lib/articles/save";
import type { Actor } from "@/lib/auth/policy";
import { WordedRefusal } from "@/lib/errors";
import { en } from "@/lib/i18n/messages/en";
import { zhCN } from "@/lib/i18n/messages/zh-CN";
import { describeAuditEntry } from "@/lib/audit/describe";
import { addIgnore, removeIgnore } from "@/lib/proofread/article/ignores";
import { addWord } from "@/lib/proofread/words/manage";
import { makeSection, makeUser, resetDatabase, sampleFields, testDb } from "@/lib/testing/db";
import { proofStanding } from "./proof-gate";
import { writeProofSetting } from "./proof-rounds";
import { signProofRound } from "./proof-sign";
import { transition } from "./transition";

const db = testDb();
beforeEach(() => resetDatabase(db));

const CLEAN = "开发区召开专题会议，部署四季度工作。";
const version = async (id: string) => (await db.article.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
const sign = async (actor: Actor, id: string, round: number, note?: string) => signProofRound(db, actor, { articleId: id, round, expectedVersion: await version(id), note });
const edit = async (actor: Actor, id: string, body: string) => updateArticle(db, actor, id, await version(id), sampleFields({ body }));
const rounds = (id: string) =>
  db.proofSignOff.findMany({ where: { articleId: id }, orderBy: [{ createdAt: "asc" }, { round: "asc" }], select: { round: true, signerId: true, voidedAt: true, fixed: true, ignored: true, left: true } });
const valid = async (id: string) => (await rounds(id)).filter((r) => !r.voidedAt).map((r) => r.round);
/** The refusal's sentence in both languages. */
const words = (error: unknown) => [(error as WordedRefusal).describe(zhCN), (error as WordedRefusal).describe(en)];
const refusal = (promise: Promise<unknown>) => promise.then(() => expect.unreachable("allowed"), (error: unknown) => error);

async function setup(count: number, body = CLEAN) {
  const admin = await makeUser("ADMIN");
  await writeProofSetting(db, admin, { rounds: count, role: "EDITOR" });
  const [reporter, first, second, chief] = await Promise.all([makeUser("REPORTER"), makeUser("EDITOR"), makeUser("EDITOR"), makeUser("CHIEF_EDITOR")]);
  const article = await createArticle(db, reporter, sampleFields({ body }));
  await transition(db, reporter, { articleId: article.id, name: "submit", expectedVersion: article.version });
  return { admin, reporter, first, second, chief, id: article.id, section: await makeSection(db) };
}

const publish = async (actor: Actor, id: string, sectionId: string, proofOverride?: string) =>
  transition(db, actor, { articleId: id, name: "publish", expectedVersion: await version(id), placement: { sectionId, placement: "STANDARD" }, proofOverride });

describe("signing the rounds", () => {
  it("signs 一校, 二校, 三校 in order, by three people, bound to the text read, with what was fixed, ignored and left", async () => {
    const { first, second, chief, id } = await setup(3, "会议强调,疫情防控要从严。\n\n最佳方案。");
    // 二校 before 一校: refused, and said so.
    const early = await refusal(sign(second, id, 2));
    expect(early).toBeInstanceOf(WordedRefusal);
    expect(words(early)).toEqual(["现在应签的是一校：校次须依次签署。", "The round to sign now is the 1st proof (一校): rounds are signed in order."]);
    // An open error holds the round: fix it first.
    expect(words(await refusal(sign(first, id, 1)))).toEqual([
      "还有 1 处差错未处理：请改正，或写明理由后忽略，再签署。",
      "1 error(s) still open: fix them, or ignore them with a reason, then sign.",
    ]);
    await edit(first, id, "会议强调，疫情防控要从严。\n\n最佳方案。");
    const before = await version(id);
    expect(await sign(first, id, 1, "已核对标点。")).toEqual({ version: before + 1, round: 1 });
    await sign(second, id, 2);
    await sign(chief, id, 3);

    const signed = await db.proofSignOff.findMany({ where: { articleId: id }, orderBy: { round: "asc" }, include: { revision: true } });
    expect(signed.map((s) => [s.round, s.signerId, s.fixed, s.left, s.note])).toEqual([
      [1, first.id, 1, 0, "已核对标点。"],
      [2, second.id, 0, 0, null],
      [3, chief.id, 0, 0, null],
    ]);
    expect(signed.every((s) => s.revision.kind === "PROOFREAD")).toBe(true);
    const latest = await db.articleRevision.findFirstOrThrow({ where: { articleId: id }, orderBy: { version: "desc" } });
    expect(new Set(signed.map((s) => s.revision.textHash))).toEqual(new Set([latest.textHash]));
    expect(await refusal(sign(first, id, 3))).toMatchObject({ code: "invalid_transition" });
  });

  it("refuses the author, anyone below the paper's proofreading role, one person twice, and a text read at an older version", async () => {
    const { admin, first, second, chief, id } = await setup(2);
    const own = await createArticle(db, chief, sampleFields({ body: CLEAN }));
    await transition(db, chief, { articleId: own.id, name: "submit", expectedVersion: own.version });
    await expect(sign(chief, own.id, 1)).rejects.toMatchObject({ code: "forbidden" });

    await writeProofSetting(db, admin, { rounds: 2, role: "CHIEF_EDITOR" });
    await expect(sign(first, id, 1)).rejects.toMatchObject({ code: "forbidden" });
    await writeProofSetting(db, admin, { rounds: 2, role: "EDITOR" });

    const stale = await version(id);
    await sign(first, id, 1);
    await expect(signProofRound(db, second, { articleId: id, round: 2, expectedVersion: stale })).rejects.toMatchObject({ code: "conflict" });
    const twice = await refusal(sign(first, id, 2));
    expect(twice).toMatchObject({ code: "forbidden" });
    expect(words(twice)[1]).toBe("You signed the 1st proof (一校) of this article; another proofreader signs the next round.");
    expect(await valid(id)).toEqual([1]);
  });

  it("has no rounds to sign when the paper requires none, or before the copy is filed", async () => {
    const { admin, first, id } = await setup(0);
    await expect(sign(first, id, 1)).rejects.toMatchObject({ code: "invalid_transition" });
    await writeProofSetting(db, admin, { rounds: 1, role: "EDITOR" });
    const reporter = await makeUser("REPORTER");
    const draft = await createArticle(db, reporter, sampleFields({ body: CLEAN }));
    await expect(sign(first, draft.id, 1)).rejects.toMatchObject({ code: "invalid_transition" });
  });
});

describe("the setting", () => {
  it("is kept by chief editors and admins, and each change is in the audit log", async () => {
    const [editor, chief] = await Promise.all([makeUser("EDITOR"), makeUser("CHIEF_EDITOR")]);
    await expect(writeProofSetting(db, editor, { rounds: 3, role: "EDITOR" })).rejects.toMatchObject({ code: "forbidden" });
    await writeProofSetting(db, chief, { rounds: 3, role: "CHIEF_EDITOR" }, { address: "10.0.0.7" });
    const entry = await db.auditEvent.findFirstOrThrow({ where: { action: "SETTINGS_UPDATE" }, include: { user: { select: { name: true } } } });
    expect(entry).toMatchObject({ actorId: chief.id, address: "10.0.0.7", detail: { part: "proofreading", changed: ["rounds", "role"] } });
    expect(describeAuditEntry(entry, en, "en")).toEqual({ subject: "proofreading rounds", detail: "Changed: rounds required, proofreaders' role" });
    expect(describeAuditEntry(entry, zhCN, "zh-CN").subject).toBe("校对轮次");
  });
});

describe("a change of the text", () => {
  it("by a proofreader voids their round and the rounds after it", async () => {
    const { first, second, chief, id } = await setup(3);
    await sign(first, id, 1);
    await sign(second, id, 2);
    await edit(second, id, "开发区召开专题会议，部署第四季度工作。");
    expect(await valid(id)).toEqual([1]);
    await sign(second, id, 2); // a voided round may be signed again by its proofreader
    await sign(chief, id, 3);
    await edit(first, id, "开发区召开专题会议，部署全年工作。");
    expect(await valid(id)).toEqual([]);
  });

  it("by someone who signed no round is read by the next round; once every round is signed, it voids them all", async () => {
    const { first, second, id } = await setup(2);
    const desk = await makeUser("CHIEF_EDITOR");
    await sign(first, id, 1);
    await edit(desk, id, "开发区召开专题会议，部署第四季度工作。");
    expect(await valid(id)).toEqual([1]);
    await sign(second, id, 2);
    await edit(desk, id, "开发区召开专题会议，部署全年工作。");
    expect(await valid(id)).toEqual([]);
    // Saving the same text voids nothing.
    await sign(first, id, 1);
    await edit(desk, id, "开发区召开专题会议，部署全年工作。");
    expect(await valid(id)).toEqual([1]);
  });

  it("returning the article to the reporter voids every round", async () => {
    const { first, second, id } = await setup(2);
    await sign(first, id, 1);
    await transition(db, second, { articleId: id, name: "return", expectedVersion: await version(id), note: "请补充数据。" });
    expect(await valid(id)).toEqual([]);
  });
});

describe("publishing", () => {
  it("is refused while a round is missing, with the rounds named in both languages, and allowed once all are signed", async () => {
    const { first, second, chief, id, section } = await setup(2);
    const missing = await refusal(publish(chief, id, section.id));
    expect(missing).toMatchObject({ code: "invalid_transition" });
    expect(words(missing)).toEqual([
      "校对未完成，不能发布：一校、二校未签。总编辑可写明理由后放行。",
      "Proofreading is not complete, so this cannot be published: 1st proof (一校), 2nd proof (二校) not signed. A chief editor may publish anyway, giving a reason.",
    ]);
    await sign(first, id, 1);
    expect(words(await refusal(publish(chief, id, section.id)))[0]).toBe("校对未完成，不能发布：二校未签。总编辑可写明理由后放行。");
    // Scheduling is going out to readers too.
    await expect(
      transition(db, chief, { articleId: id, name: "schedule", expectedVersion: await version(id), publishAt: new Date(Date.now() + 3_600_000), placement: { sectionId: section.id, placement: "STANDARD" } }),
    ).rejects.toBeInstanceOf(WordedRefusal);
    await sign(second, id, 2);
    expect(await publish(chief, id, section.id)).toMatchObject({ status: "PUBLISHED" });
    expect(await db.proofOverride.count()).toBe(0);
  });

  it("is refused while an error-severity finding is open; ignoring it with a reason resolves it", async () => {
    const { reporter, first, chief, id, section } = await setup(1);
    await sign(first, id, 1);
    // The newsroom bans a word after the round was signed: the copy has it.
    await addWord(db, chief, { term: "专题会议", category: "BANNED" });
    expect(await proofStanding(db, id)).toEqual({ rounds: 1, missing: [], openErrors: 1 });
    expect(words(await refusal(publish(chief, id, section.id)))[1]).toBe(
      "Proofreading is not complete, so this cannot be published: 1 error(s) open. A chief editor may publish anyway, giving a reason.",
    );
    // The reporter may no longer decide about copy under review; the proofreader may.
    const ignore = { articleId: id, field: "body", rule: "wordBanned", match: "专题会议", scope: "everywhere", before: "", after: "", reason: "会议名称，照登。" } as const;
    await expect(addIgnore(db, reporter, ignore)).rejects.toMatchObject({ code: "forbidden" });
    const kept = await addIgnore(db, first, ignore);
    expect(await proofStanding(db, id)).toMatchObject({ openErrors: 0 });
    await removeIgnore(db, first, { articleId: id, id: kept.id });
    expect(await proofStanding(db, id)).toMatchObject({ openErrors: 1 });
    await addIgnore(db, first, ignore);
    expect(await publish(chief, id, section.id)).toMatchObject({ status: "PUBLISHED" });
  });

  it("may go ahead on a chief editor's reason, recorded with what was missing; an editor may not override", async () => {
    const { first, chief, id, section } = await setup(2, "会议强调,疫情防控要从严。");
    // With one review stage an editor publishes — but not past incomplete proofreading.
    await expect(publish(first, id, section.id, "急稿")).rejects.toMatchObject({ code: "forbidden" });
    await expect(publish(chief, id, section.id, "  ")).rejects.toBeInstanceOf(WordedRefusal);
    expect(await publish(chief, id, section.id, "突发新闻，先发后校。")).toMatchObject({ status: "PUBLISHED" });
    const override = await db.proofOverride.findFirstOrThrow({ where: { articleId: id } });
    expect(override).toMatchObject({ actorId: chief.id, reason: "突发新闻，先发后校。", missingRounds: 2, openErrors: 1 });
    const event = await db.workflowEvent.findFirstOrThrow({ where: { articleId: id, toStatus: "PUBLISHED" } });
    expect(event.note).toContain("突发新闻，先发后校。");
  });

  it("waits for nothing when the paper requires no rounds", async () => {
    const { first, id, section } = await setup(0, "会议强调,疫情防控要从严。");
    expect(await publish(first, id, section.id)).toMatchObject({ status: "PUBLISHED" });
  });
});
