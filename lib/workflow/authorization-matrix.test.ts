// Every role × every action, called directly against the domain (never
// through the UI), in the states that matter. Each cell says allowed (Y) or
// refused (.); after every refusal the database must be exactly as before.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/policy";
import { createArticle, updateArticle } from "@/lib/articles/save";
import { getArticleForDesk } from "@/lib/articles/queries";
import { createAssignment } from "@/lib/assignments/create";
import { addComment } from "@/lib/comments/comments";
import { pinLead } from "@/lib/front-page/pin";
import { createSection } from "@/lib/sections/manage";
import { updateSettings } from "@/lib/settings/update";
import { makeSection, makeUser, resetDatabase, sampleFields, testDb } from "@/lib/testing/db";
import { bypassStatusGuard } from "@/lib/testing/status";
import { createUser } from "@/lib/users/manage";
import { saveArticleSchema } from "@/lib/validation/article";
import { correctArticle } from "./correct";
import { DEFAULT_STAGES } from "./stages";
import { transition } from "./transition";

const db = testDb();

const TABLE = `
action          state       anonymous  reporter-own  reporter-other  editor  chief  admin
create          -           .          Y             Y               Y       Y      Y
read-draft      DRAFT       .          Y             .               Y       Y      Y
edit            DRAFT       .          Y             .               Y       Y      Y
edit            SUBMITTED   .          .             .               Y       Y      Y
edit            PUBLISHED   .          .             .               .       .      .
submit          DRAFT       .          Y             .               Y       Y      Y
approve         SUBMITTED   .          .             .               Y       Y      Y
publish         SUBMITTED   .          .             .               Y       Y      Y
publish         DRAFT       .          .             .               .       .      .
schedule        SUBMITTED   .          .             .               Y       Y      Y
return          SUBMITTED   .          .             .               Y       Y      Y
spike           DRAFT       .          .             .               Y       Y      Y
spike           PUBLISHED   .          .             .               .       .      .
retract         PUBLISHED   .          .             .               .       Y      Y
correct         PUBLISHED   .          .             .               .       Y      Y
comment         DRAFT       .          Y             .               Y       Y      Y
pin             PUBLISHED   .          .             .               .       Y      Y
assign          -           .          .             .               Y       Y      Y
manage-users    -           .          .             .               .       .      Y
manage-sections -           .          .             .               .       .      Y
settings        -           .          .             .               .       .      Y
`;

type Who = "anonymous" | "reporter-own" | "reporter-other" | "editor" | "chief" | "admin";
type Actors = Record<Who, Actor | null>;
interface Fixture { articleId: string; version: number; sectionId: string; reporterId: string }

const ACTIONS: Record<string, (actor: Actor, f: Fixture) => Promise<unknown>> = {
  create: (a) => createArticle(db, a, sampleFields()),
  "read-draft": (a, f) => getArticleForDesk(db, a, f.articleId),
  edit: (a, f) => updateArticle(db, a, f.articleId, f.version, sampleFields({ body: "改过的正文。" })),
  submit: (a, f) => transition(db, a, { articleId: f.articleId, name: "submit", expectedVersion: f.version }),
  approve: (a, f) => transition(db, a, { articleId: f.articleId, name: "approve", expectedVersion: f.version, note: "同意" }),
  publish: (a, f) => transition(db, a, { articleId: f.articleId, name: "publish", expectedVersion: f.version, placement: { sectionId: f.sectionId, placement: "TOP" } }),
  schedule: (a, f) => transition(db, a, { articleId: f.articleId, name: "schedule", expectedVersion: f.version, publishAt: new Date(Date.now() + 3_600_000) }),
  return: (a, f) => transition(db, a, { articleId: f.articleId, name: "return", expectedVersion: f.version, note: "补充" }),
  spike: (a, f) => transition(db, a, { articleId: f.articleId, name: "spike", expectedVersion: f.version, note: "撤" }),
  retract: (a, f) => transition(db, a, { articleId: f.articleId, name: "retract", expectedVersion: f.version, note: "撤回" }),
  correct: (a, f) => correctArticle(db, a, { id: f.articleId, expectedVersion: f.version, fields: sampleFields({ body: "更正后的正文。" }), note: "更正" }),
  comment: (a, f) => addComment(db, a, f.articleId, "请核实"),
  pin: (a, f) => pinLead(db, a, f.articleId),
  assign: (a, f) => createAssignment(db, a, { title: "选题", reporterId: f.reporterId, deadline: new Date(Date.now() + 86_400_000) }),
  "manage-users": (a) => createUser(db, a, { email: `new-${Math.random()}@test.local`, name: "新人", role: "REPORTER", password: "long-enough-password" }),
  "manage-sections": (a) => createSection(db, a, { slug: `s-${Date.now()}`, nameZh: "新栏目", nameEn: "New" }),
  settings: (a) => updateSettings(db, a, { paperNameZh: "改名日报", paperNameEn: "Renamed", stages: DEFAULT_STAGES, perSection: 4, topStories: 4, briefs: 8 }),
};

const [, ...rows] = TABLE.trim().split("\n").map((line) => line.trim().split(/\s+/));
const WHO: Who[] = ["anonymous", "reporter-own", "reporter-other", "editor", "chief", "admin"];
const cases = rows.flatMap(([action, state, ...marks]) => WHO.map((who, i) => ({ action: action!, state: state!, who, allowed: marks[i] === "Y" })));

/** Everything an action could change, so a refusal can be shown to change nothing. */
async function databaseState() {
  const [articles, events, revisions, signOffs, corrections, comments, assignments, users, sections, settings] = await Promise.all([
    db.article.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, version: true, body: true, sectionId: true, placement: true, publishedAt: true } }),
    db.workflowEvent.count(),
    db.articleRevision.count(),
    db.signOff.count(),
    db.correction.count(),
    db.comment.count(),
    db.assignment.count(),
    db.user.count(),
    db.section.count(),
    db.setting.findMany({ orderBy: { key: "asc" }, select: { key: true, value: true } }),
  ]);
  return { articles, events, revisions, signOffs, corrections, comments, assignments, users, sections, settings };
}

let actors: Actors;
beforeAll(async () => {
  await resetDatabase(db);
  const [own, other, editor, chief, admin] = await Promise.all(["REPORTER", "REPORTER", "EDITOR", "CHIEF_EDITOR", "ADMIN"].map((r) => makeUser(r as "REPORTER")));
  actors = { anonymous: null, "reporter-own": own!, "reporter-other": other!, editor: editor!, chief: chief!, admin: admin! };
});

async function fixture(state: string): Promise<Fixture> {
  const owner = actors["reporter-own"]!;
  const section = await makeSection(db);
  const article = await createArticle(db, owner, sampleFields());
  if (state !== "-" && state !== "DRAFT") {
    // Put straight into the state under test, not walked there: a fixture.
    await bypassStatusGuard(db, (tx) =>
      tx.article.update({
        where: { id: article.id },
        data: { status: state as ArticleStatus, sectionId: section.id, publishedAt: state === "PUBLISHED" ? new Date(Date.now() - 60_000) : null },
      }),
    );
  }
  return { articleId: article.id, version: article.version, sectionId: section.id, reporterId: owner.id };
}

describe("authorization matrix: every role × action × state, called directly", () => {
  beforeEach(async () => {
    await db.setting.deleteMany();
  });

  it.each(cases)("$who $action on $state → allowed: $allowed", async ({ action, state, who, allowed }) => {
    const f = await fixture(state);
    const run = ACTIONS[action]!;
    const actor = actors[who] as Actor;
    if (allowed) {
      await run(actor, f); // throws if refused
      return;
    }
    const before = await databaseState();
    const error = await run(actor, f).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error, "expected a refusal").toMatchObject({ code: expect.stringMatching(/^(forbidden|unauthenticated|invalid_transition|not_found)$/) });
    expect(await databaseState()).toEqual(before);
  });
});

describe("field-level tampering", () => {
  it("a reporter sending a status, a section or another author's id changes none of them", async () => {
    const f = await fixture("DRAFT");
    const other = actors["reporter-other"]!;
    const tampered = saveArticleSchema.parse({
      ...sampleFields({ headline: "只改标题" }),
      id: f.articleId,
      version: f.version,
      status: "PUBLISHED",
      sectionId: f.sectionId,
      createdById: other.id,
      placement: "LEAD",
      publishedAt: new Date().toISOString(),
    } as Record<string, unknown>);
    expect(tampered).not.toHaveProperty("status");
    expect(tampered).not.toHaveProperty("createdById");
    const { id, version, ...fields } = tampered;
    await updateArticle(db, actors["reporter-own"]!, id!, version!, fields);
    const row = await db.article.findUniqueOrThrow({ where: { id: f.articleId } });
    expect(row).toMatchObject({ headline: "只改标题", status: "DRAFT", sectionId: null, createdById: f.reporterId, placement: "STANDARD", publishedAt: null });
  });

  it("a stale version sent by anyone is a conflict and changes nothing", async () => {
    const f = await fixture("DRAFT");
    const before = await databaseState();
    await expect(updateArticle(db, actors.editor!, f.articleId, f.version + 5, sampleFields({ body: "x" }))).rejects.toMatchObject({ code: "conflict" });
    expect(await databaseState()).toEqual(before);
  });
});
