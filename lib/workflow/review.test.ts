import { beforeEach, describe, expect, it } from "vitest";
import { createArticle, updateArticle } from "@/lib/articles/save";
import { makeSection, makeUser, resetDatabase, sampleFields, testDb } from "@/lib/testing/db";
import { signedLevel } from "./review";
import { publishDueArticles } from "./scheduler";
import { THREE_LEVEL_REVIEW, writeStages } from "./stages";
import { transition } from "./transition";

const db = testDb();
beforeEach(() => resetDatabase(db));

async function threeLevelSetup() {
  await writeStages(db, THREE_LEVEL_REVIEW);
  const [reporter, first, second, chief] = await Promise.all([makeUser("REPORTER"), makeUser("EDITOR"), makeUser("EDITOR"), makeUser("CHIEF_EDITOR")]);
  const article = await createArticle(db, reporter, sampleFields());
  await transition(db, reporter, { articleId: article.id, name: "submit", expectedVersion: article.version });
  return { reporter, first, second, chief, id: article.id };
}

const state = (id: string) => db.article.findUniqueOrThrow({ where: { id }, select: { status: true, reviewStage: true, version: true } });
const approve = async (actor: { id: string; role: "EDITOR" | "CHIEF_EDITOR" | "REPORTER" | "ADMIN" }, id: string, note: string | null) =>
  transition(db, actor, { articleId: id, name: "approve", expectedVersion: (await state(id)).version, note });

describe("三审: three review stages", () => {
  it("walks through 初审, 复审 and 终审 with three people, each opinion bound to the revision it approved", async () => {
    const { first, second, chief, id } = await threeLevelSetup();
    expect(await approve(first, id, "事实核对无误")).toMatchObject({ status: "IN_REVIEW", reviewStage: 2 });
    expect(await approve(second, id, "同意")).toMatchObject({ status: "IN_REVIEW", reviewStage: 3 });
    expect(await approve(chief, id, "可发")).toMatchObject({ status: "APPROVED", reviewStage: null });
    const signOffs = await db.signOff.findMany({ where: { articleId: id }, orderBy: { stage: "asc" }, include: { revision: true } });
    expect(signOffs.map((s) => [s.stage, s.signerId, s.opinion])).toEqual([
      [1, first.id, "事实核对无误"],
      [2, second.id, "同意"],
      [3, chief.id, "可发"],
    ]);
    expect(new Set(signOffs.map((s) => s.revision.textHash)).size).toBe(1);
  });

  it("requires a written opinion for each sign-off", async () => {
    const { first, id } = await threeLevelSetup();
    // The refusal names the rule and the field it is about, so the form can mark it.
    await expect(approve(first, id, "  ")).rejects.toMatchObject({ code: "invalid_input", rule: "opinion_required", field: "note" });
    expect(await state(id)).toMatchObject({ status: "SUBMITTED" });
  });

  it("lets no one sign two levels of the same article", async () => {
    const { first, second, id } = await threeLevelSetup();
    await approve(first, id, "初审通过");
    await expect(approve(first, id, "复审也通过")).rejects.toMatchObject({ code: "forbidden", rule: "two_levels" });
    expect(await state(id)).toMatchObject({ status: "IN_REVIEW", reviewStage: 2 });
    // What the desk asks before offering the sign-off form: 初审's signer is offered no other level.
    const signed = await db.signOff.findMany({ where: { articleId: id } });
    expect(signedLevel(signed, first.id, 3)).toBe(1);
    expect(signedLevel(signed, second.id, 3)).toBeNull();
    expect(signedLevel(signed, first.id, 1)).toBeNull();
  });

  it("lets only the stage's role pass it: an editor cannot sign 终审", async () => {
    const { first, second, id } = await threeLevelSetup();
    await approve(first, id, "通过");
    await approve(second, id, "通过");
    const third = await makeUser("EDITOR");
    await expect(approve(third, id, "通过")).rejects.toMatchObject({ code: "forbidden" });
  });

  it("publishing after 终审 is the chief editor's, and only once approved", async () => {
    const { first, second, chief, id } = await threeLevelSetup();
    const section = await makeSection(db);
    const publish = async (actor: typeof first) =>
      transition(db, actor, { articleId: id, name: "publish", expectedVersion: (await state(id)).version, placement: { sectionId: section.id, placement: "TOP" } });
    // Not yet signed at every stage: no one may publish it from there.
    await expect(publish(chief)).rejects.toMatchObject({ code: "invalid_transition" });
    await approve(first, id, "通过");
    await approve(second, id, "通过");
    await approve(chief, id, "可发");
    await expect(publish(first)).rejects.toMatchObject({ code: "forbidden" });
    expect(await publish(chief)).toMatchObject({ status: "PUBLISHED" });
  });

  it("a change of text by a lower level voids the sign-offs from its stage up and sends it back there", async () => {
    const { first, second, id } = await threeLevelSetup();
    await approve(first, id, "通过");
    await approve(second, id, "通过");
    const { version } = await state(id);
    await updateArticle(db, first, id, version, sampleFields({ body: "改过的正文。" }));
    expect(await state(id)).toMatchObject({ status: "IN_REVIEW", reviewStage: 1 });
    const valid = await db.signOff.count({ where: { articleId: id, voidedAt: null } });
    expect(valid).toBe(0);
    const event = await db.workflowEvent.findFirstOrThrow({ where: { articleId: id, note: "text changed: sign-offs voided" } });
    expect(event).toMatchObject({ toStatus: "IN_REVIEW", stage: 1 });
    // The voided signer may sign again.
    expect(await approve(first, id, "再审通过")).toMatchObject({ reviewStage: 2 });
  });

  it("a higher level revising at its own stage keeps the lower sign-offs", async () => {
    const { first, second, chief, id } = await threeLevelSetup();
    await approve(first, id, "通过");
    await approve(second, id, "通过");
    await updateArticle(db, chief, id, (await state(id)).version, sampleFields({ headline: "终审改过的标题" }));
    expect(await state(id)).toMatchObject({ status: "IN_REVIEW", reviewStage: 3 });
    expect(await db.signOff.count({ where: { articleId: id, voidedAt: null } })).toBe(2);
  });

  it("saving the same text again voids nothing", async () => {
    const { first, id } = await threeLevelSetup();
    await approve(first, id, "通过");
    await updateArticle(db, first, id, (await state(id)).version, sampleFields());
    expect(await state(id)).toMatchObject({ status: "IN_REVIEW", reviewStage: 2 });
  });

  it("returning to the reporter voids every sign-off", async () => {
    const { first, id } = await threeLevelSetup();
    await approve(first, id, "通过");
    await transition(db, first, { articleId: id, name: "return", expectedVersion: (await state(id)).version, note: "补充采访" });
    expect(await db.signOff.count({ where: { articleId: id, voidedAt: null } })).toBe(0);
  });
});

describe("one stage (the default)", () => {
  it("an editor approves and publishes in one step, which records the sign-off", async () => {
    const reporter = await makeUser("REPORTER");
    const editor = await makeUser("EDITOR");
    const article = await createArticle(db, reporter, sampleFields());
    await transition(db, reporter, { articleId: article.id, name: "submit", expectedVersion: 1 });
    await transition(db, editor, { articleId: article.id, name: "publish", expectedVersion: 2 });
    expect(await db.signOff.findFirstOrThrow({ where: { articleId: article.id } })).toMatchObject({ stage: 1, signerId: editor.id });
  });
});

describe("scheduling", () => {
  it("refuses a time in the past, and goes live at its time, also after a restart", async () => {
    const reporter = await makeUser("REPORTER");
    const editor = await makeUser("EDITOR");
    const article = await createArticle(db, reporter, sampleFields());
    await transition(db, reporter, { articleId: article.id, name: "submit", expectedVersion: 1 });
    const now = new Date("2026-01-01T08:00:00Z");
    await expect(
      transition(db, editor, { articleId: article.id, name: "schedule", expectedVersion: 2, publishAt: new Date("2026-01-01T07:00:00Z"), now }),
    ).rejects.toMatchObject({ code: "invalid_input" });
    const at = new Date("2026-01-01T09:00:00Z");
    await transition(db, editor, { articleId: article.id, name: "schedule", expectedVersion: 2, publishAt: at, now });
    expect(await publishDueArticles(db, new Date("2026-01-01T08:59:59Z"))).toEqual([]);
    // Nothing held in memory: a fresh call after the time publishes it.
    expect((await publishDueArticles(db, at)).map((a) => a.id)).toEqual([article.id]);
    expect(await db.article.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({ status: "PUBLISHED", publishedAt: at });
    const event = await db.workflowEvent.findFirstOrThrow({ where: { articleId: article.id, toStatus: "PUBLISHED" } });
    expect(event.actorId).toBe(editor.id);
  });
});

describe("spiking", () => {
  it("kills unpublished work with a note, and not published work", async () => {
    const reporter = await makeUser("REPORTER");
    const editor = await makeUser("EDITOR");
    const article = await createArticle(db, reporter, sampleFields());
    await expect(transition(db, reporter, { articleId: article.id, name: "spike", expectedVersion: 1, note: "不用了" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(transition(db, editor, { articleId: article.id, name: "spike", expectedVersion: 1 })).rejects.toMatchObject({ code: "invalid_input" });
    expect(await transition(db, editor, { articleId: article.id, name: "spike", expectedVersion: 1, note: "选题撤销" })).toMatchObject({ status: "SPIKED" });
  });
});
