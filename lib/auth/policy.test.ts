// Who may do what to an article in which state, as one table (PRODUCT §1):
// reporters edit only their own DRAFT/RETURNED work; editors and above edit
// any unpublished article; nobody edits PUBLISHED/SPIKED/RETRACTED. A
// workflow move (submit, approve, return, publish, schedule, spike, correct,
// retract, recall, replace) is answered for who alone, the same in every state: from which
// states it may start is the transition table's (lib/workflow/transitions.ts).
// Importing a page does not depend on any article: editors and above import
// drafts, only chief editors and admins import straight into print (published).
import { describe, expect, it } from "vitest";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { ACTIONS, authorize, can, type Action, type Actor } from "./policy";

const STATUSES = ["DRAFT", "SUBMITTED", "IN_REVIEW", "APPROVED", "SCHEDULED", "PUBLISHED", "RETURNED", "SPIKED", "RETRACTED"] as const;

// Y = allowed, . = refused. Columns follow STATUSES.
const TABLE = `
                                DRAFT  SUBMITTED  IN_REVIEW  APPROVED  SCHEDULED  PUBLISHED  RETURNED  SPIKED  RETRACTED
anonymous        article:create   .        .          .          .         .          .          .        .        .
anonymous        article:read     .        .          .          .         .          .          .        .        .
anonymous        article:edit     .        .          .          .         .          .          .        .        .
anonymous        article:submit   .        .          .          .         .          .          .        .        .
anonymous        article:return         .      .          .          .         .          .          .         .       .
anonymous        article:approve        .      .          .          .         .          .          .         .       .
anonymous        article:schedule       .      .          .          .         .          .          .         .       .
anonymous        article:spike          .      .          .          .         .          .          .         .       .
anonymous        article:correct        .      .          .          .         .          .          .         .       .
anonymous        article:slug           .      .          .          .         .          .          .         .       .
anonymous        article:publish  .        .          .          .         .          .          .        .        .
anonymous        article:retract  .        .          .          .         .          .          .        .        .
anonymous        article:recall         .  .  .  .  .  .  .  .  .
anonymous        article:replace        .  .  .  .  .  .  .  .  .
anonymous        article:import          .        .          .          .         .          .          .        .        .
anonymous        article:import-publish  .        .          .          .         .          .          .        .        .
anonymous        front-page:preview     .      .          .          .         .          .          .         .       .
anonymous        front-page:pin         .      .          .          .         .          .          .         .       .
anonymous        settings:manage        .      .          .          .         .          .          .         .       .
anonymous        users:manage           .      .      .      .      .      .      .      .      .
anonymous        sections:manage        .      .      .      .      .      .      .      .      .
anonymous        audit:read             .      .      .      .      .      .      .      .      .
anonymous        review:read            .  .  .  .  .  .  .  .  .
reporter-own     article:create   Y        Y          Y          Y         Y          Y          Y        Y        Y
reporter-own     article:read     Y        Y          Y          Y         Y          Y          Y        Y        Y
reporter-own     article:edit     Y        .          .          .         .          .          Y        .        .
reporter-own     article:submit         Y  Y  Y  Y  Y  Y  Y  Y  Y
reporter-own     article:return         .  .  .  .  .  .  .  .  .
reporter-own     article:approve        .  .  .  .  .  .  .  .  .
reporter-own     article:schedule       .  .  .  .  .  .  .  .  .
reporter-own     article:spike          .  .  .  .  .  .  .  .  .
reporter-own     article:correct        .  .  .  .  .  .  .  .  .
reporter-own     article:slug           .      .          .          .         .          .          .         .       .
reporter-own     article:publish        .  .  .  .  .  .  .  .  .
reporter-own     article:retract        .  .  .  .  .  .  .  .  .
reporter-own     article:recall         Y  Y  Y  Y  Y  Y  Y  Y  Y
reporter-own     article:replace        .  .  .  .  .  .  .  .  .
reporter-own     article:import          .        .          .          .         .          .          .        .        .
reporter-own     article:import-publish  .        .          .          .         .          .          .        .        .
reporter-own     front-page:preview     .      .          .          .         .          .          .         .       .
reporter-own     front-page:pin         .      .          .          .         .          .          .         .       .
reporter-own     settings:manage        .      .          .          .         .          .          .         .       .
reporter-own     users:manage           .      .      .      .      .      .      .      .      .
reporter-own     sections:manage        .      .      .      .      .      .      .      .      .
reporter-own     audit:read             .      .      .      .      .      .      .      .      .
reporter-own     review:read            .  .  .  .  .  .  .  .  .
reporter-other   article:create   Y        Y          Y          Y         Y          Y          Y        Y        Y
reporter-other   article:read     .        .          .          .         .          .          .        .        .
reporter-other   article:edit     .        .          .          .         .          .          .        .        .
reporter-other   article:submit         .  .  .  .  .  .  .  .  .
reporter-other   article:return         .  .  .  .  .  .  .  .  .
reporter-other   article:approve        .  .  .  .  .  .  .  .  .
reporter-other   article:schedule       .  .  .  .  .  .  .  .  .
reporter-other   article:spike          .  .  .  .  .  .  .  .  .
reporter-other   article:correct        .  .  .  .  .  .  .  .  .
reporter-other   article:slug           .      .          .          .         .          .          .         .       .
reporter-other   article:publish        .  .  .  .  .  .  .  .  .
reporter-other   article:retract        .  .  .  .  .  .  .  .  .
reporter-other   article:recall         .  .  .  .  .  .  .  .  .
reporter-other   article:replace        .  .  .  .  .  .  .  .  .
reporter-other   article:import          .        .          .          .         .          .          .        .        .
reporter-other   article:import-publish  .        .          .          .         .          .          .        .        .
reporter-other   front-page:preview     .      .          .          .         .          .          .         .       .
reporter-other   front-page:pin         .      .          .          .         .          .          .         .       .
reporter-other   settings:manage        .      .          .          .         .          .          .         .       .
reporter-other   users:manage           .      .      .      .      .      .      .      .      .
reporter-other   sections:manage        .      .      .      .      .      .      .      .      .
reporter-other   audit:read             .      .      .      .      .      .      .      .      .
reporter-other   review:read            .  .  .  .  .  .  .  .  .
EDITOR           article:create   Y        Y          Y          Y         Y          Y          Y        Y        Y
EDITOR           article:read     Y        Y          Y          Y         Y          Y          Y        Y        Y
EDITOR           article:edit     Y        Y          Y          Y         Y          .          Y        .        .
EDITOR           article:submit         Y  Y  Y  Y  Y  Y  Y  Y  Y
EDITOR           article:return         Y  Y  Y  Y  Y  Y  Y  Y  Y
EDITOR           article:approve        Y  Y  Y  Y  Y  Y  Y  Y  Y
EDITOR           article:schedule       Y  Y  Y  Y  Y  Y  Y  Y  Y
EDITOR           article:spike          Y  Y  Y  Y  Y  Y  Y  Y  Y
EDITOR           article:correct        .  .  .  .  .  .  .  .  .
EDITOR           article:slug           Y      Y          Y          Y         Y          Y          Y         .       Y
EDITOR           article:publish        Y  Y  Y  Y  Y  Y  Y  Y  Y
EDITOR           article:retract        .  .  .  .  .  .  .  .  .
EDITOR           article:recall         .  .  .  .  .  .  .  .  .
EDITOR           article:replace        Y  Y  Y  Y  Y  Y  Y  Y  Y
EDITOR           article:import          Y        Y          Y          Y         Y          Y          Y        Y        Y
EDITOR           article:import-publish  .        .          .          .         .          .          .        .        .
EDITOR           front-page:preview     Y      Y          Y          Y         Y          Y          Y         Y       Y
EDITOR           front-page:pin         .      .          .          .         .          .          .         .       .
EDITOR           settings:manage        .      .          .          .         .          .          .         .       .
EDITOR           users:manage           .      .      .      .      .      .      .      .      .
EDITOR           sections:manage        .      .      .      .      .      .      .      .      .
EDITOR           audit:read             .      .      .      .      .      .      .      .      .
EDITOR           review:read            Y  Y  Y  Y  Y  Y  Y  Y  Y
CHIEF_EDITOR     article:create   Y        Y          Y          Y         Y          Y          Y        Y        Y
CHIEF_EDITOR     article:read     Y        Y          Y          Y         Y          Y          Y        Y        Y
CHIEF_EDITOR     article:edit     Y        Y          Y          Y         Y          .          Y        .        .
CHIEF_EDITOR     article:submit         Y  Y  Y  Y  Y  Y  Y  Y  Y
CHIEF_EDITOR     article:return         Y  Y  Y  Y  Y  Y  Y  Y  Y
CHIEF_EDITOR     article:approve        Y  Y  Y  Y  Y  Y  Y  Y  Y
CHIEF_EDITOR     article:schedule       Y  Y  Y  Y  Y  Y  Y  Y  Y
CHIEF_EDITOR     article:spike          Y  Y  Y  Y  Y  Y  Y  Y  Y
CHIEF_EDITOR     article:correct        Y  Y  Y  Y  Y  Y  Y  Y  Y
CHIEF_EDITOR     article:slug           Y      Y          Y          Y         Y          Y          Y         .       Y
CHIEF_EDITOR     article:publish        Y  Y  Y  Y  Y  Y  Y  Y  Y
CHIEF_EDITOR     article:retract        Y  Y  Y  Y  Y  Y  Y  Y  Y
CHIEF_EDITOR     article:recall         .  .  .  .  .  .  .  .  .
CHIEF_EDITOR     article:replace        Y  Y  Y  Y  Y  Y  Y  Y  Y
CHIEF_EDITOR     article:import          Y        Y          Y          Y         Y          Y          Y        Y        Y
CHIEF_EDITOR     article:import-publish  Y        Y          Y          Y         Y          Y          Y        Y        Y
CHIEF_EDITOR     front-page:preview     Y      Y          Y          Y         Y          Y          Y         Y       Y
CHIEF_EDITOR     front-page:pin         Y      Y          Y          Y         Y          Y          Y         Y       Y
CHIEF_EDITOR     settings:manage        .      .          .          .         .          .          .         .       .
CHIEF_EDITOR     users:manage           .      .      .      .      .      .      .      .      .
CHIEF_EDITOR     sections:manage        .      .      .      .      .      .      .      .      .
CHIEF_EDITOR     audit:read             .      .      .      .      .      .      .      .      .
CHIEF_EDITOR     review:read            Y  Y  Y  Y  Y  Y  Y  Y  Y
ADMIN            article:create   Y        Y          Y          Y         Y          Y          Y        Y        Y
ADMIN            article:read     Y        Y          Y          Y         Y          Y          Y        Y        Y
ADMIN            article:edit     Y        Y          Y          Y         Y          .          Y        .        .
ADMIN            article:submit         Y  Y  Y  Y  Y  Y  Y  Y  Y
ADMIN            article:return         Y  Y  Y  Y  Y  Y  Y  Y  Y
ADMIN            article:approve        Y  Y  Y  Y  Y  Y  Y  Y  Y
ADMIN            article:schedule       Y  Y  Y  Y  Y  Y  Y  Y  Y
ADMIN            article:spike          Y  Y  Y  Y  Y  Y  Y  Y  Y
ADMIN            article:correct        Y  Y  Y  Y  Y  Y  Y  Y  Y
ADMIN            article:slug           Y      Y          Y          Y         Y          Y          Y         .       Y
ADMIN            article:publish        Y  Y  Y  Y  Y  Y  Y  Y  Y
ADMIN            article:retract        Y  Y  Y  Y  Y  Y  Y  Y  Y
ADMIN            article:recall         .  .  .  .  .  .  .  .  .
ADMIN            article:replace        Y  Y  Y  Y  Y  Y  Y  Y  Y
ADMIN            article:import          Y        Y          Y          Y         Y          Y          Y        Y        Y
ADMIN            article:import-publish  Y        Y          Y          Y         Y          Y          Y        Y        Y
ADMIN            front-page:preview     Y      Y          Y          Y         Y          Y          Y         Y       Y
ADMIN            front-page:pin         Y      Y          Y          Y         Y          Y          Y         Y       Y
ADMIN            settings:manage        Y      Y          Y          Y         Y          Y          Y         Y       Y
ADMIN            users:manage           Y      Y      Y      Y      Y      Y      Y      Y      Y
ADMIN            sections:manage        Y      Y      Y      Y      Y      Y      Y      Y      Y
ADMIN            audit:read             Y      Y      Y      Y      Y      Y      Y      Y      Y
ADMIN            review:read            Y  Y  Y  Y  Y  Y  Y  Y  Y
anonymous        assignment:create       .        .          .          .         .          .          .        .        .
anonymous        assignment:start        .        .          .          .         .          .          .        .        .
anonymous        comment:add             .        .          .          .         .          .          .        .        .
anonymous        comment:resolve         .        .          .          .         .          .          .        .        .
anonymous        media:upload            .        .          .          .         .          .          .        .        .
reporter-own     assignment:create       .        .          .          .         .          .          .        .        .
reporter-own     assignment:start        Y        Y          Y          Y         Y          Y          Y        Y        Y
reporter-own     comment:add             Y        Y          Y          Y         Y          Y          Y        Y        Y
reporter-own     comment:resolve         Y        Y          Y          Y         Y          Y          Y        Y        Y
reporter-own     media:upload            Y        Y          Y          Y         Y          Y          Y        Y        Y
reporter-other   assignment:create       .        .          .          .         .          .          .        .        .
reporter-other   assignment:start        .        .          .          .         .          .          .        .        .
reporter-other   comment:add             .        .          .          .         .          .          .        .        .
reporter-other   comment:resolve         .        .          .          .         .          .          .        .        .
reporter-other   media:upload            Y        Y          Y          Y         Y          Y          Y        Y        Y
EDITOR           assignment:create       Y        Y          Y          Y         Y          Y          Y        Y        Y
EDITOR           assignment:start        Y        Y          Y          Y         Y          Y          Y        Y        Y
EDITOR           comment:add             Y        Y          Y          Y         Y          Y          Y        Y        Y
EDITOR           comment:resolve         Y        Y          Y          Y         Y          Y          Y        Y        Y
EDITOR           media:upload            Y        Y          Y          Y         Y          Y          Y        Y        Y
CHIEF_EDITOR     assignment:create       Y        Y          Y          Y         Y          Y          Y        Y        Y
CHIEF_EDITOR     assignment:start        Y        Y          Y          Y         Y          Y          Y        Y        Y
CHIEF_EDITOR     comment:add             Y        Y          Y          Y         Y          Y          Y        Y        Y
CHIEF_EDITOR     comment:resolve         Y        Y          Y          Y         Y          Y          Y        Y        Y
CHIEF_EDITOR     media:upload            Y        Y          Y          Y         Y          Y          Y        Y        Y
ADMIN            assignment:create       Y        Y          Y          Y         Y          Y          Y        Y        Y
ADMIN            assignment:start        Y        Y          Y          Y         Y          Y          Y        Y        Y
ADMIN            comment:add             Y        Y          Y          Y         Y          Y          Y        Y        Y
ADMIN            comment:resolve         Y        Y          Y          Y         Y          Y          Y        Y        Y
ADMIN            media:upload            Y        Y          Y          Y         Y          Y          Y        Y        Y
anonymous        proofread:words         .        .          .          .         .          .          .        .        .
reporter-own     proofread:words         .        .          .          .         .          .          .        .        .
reporter-other   proofread:words         .        .          .          .         .          .          .        .        .
EDITOR           proofread:words         .        .          .          .         .          .          .        .        .
CHIEF_EDITOR     proofread:words         Y        Y          Y          Y         Y          Y          Y        Y        Y
ADMIN            proofread:words         Y        Y          Y          Y         Y          Y          Y        Y        Y
anonymous        page:manage             .        .          .          .         .          .          .        .        .
reporter-own     page:manage             .        .          .          .         .          .          .        .        .
reporter-other   page:manage             .        .          .          .         .          .          .        .        .
EDITOR           page:manage             Y        Y          Y          Y         Y          Y          Y        Y        Y
CHIEF_EDITOR     page:manage             Y        Y          Y          Y         Y          Y          Y        Y        Y
ADMIN            page:manage             Y        Y          Y          Y         Y          Y          Y        Y        Y
anonymous        proofread:settings      .        .          .          .         .          .          .        .        .
reporter-own     proofread:settings      .        .          .          .         .          .          .        .        .
reporter-other   proofread:settings      .        .          .          .         .          .          .        .        .
EDITOR           proofread:settings      .        .          .          .         .          .          .        .        .
CHIEF_EDITOR     proofread:settings      Y        Y          Y          Y         Y          Y          Y        Y        Y
ADMIN            proofread:settings      Y        Y          Y          Y         Y          Y          Y        Y        Y
anonymous        proofread:sign          .        .          .          .         .          .          .        .        .
reporter-own     proofread:sign          .        .          .          .         .          .          .        .        .
reporter-other   proofread:sign          .        .          .          .         .          .          .        .        .
EDITOR           proofread:sign          Y        Y          Y          Y         Y          Y          Y        Y        Y
CHIEF_EDITOR     proofread:sign          Y        Y          Y          Y         Y          Y          Y        Y        Y
ADMIN            proofread:sign          Y        Y          Y          Y         Y          Y          Y        Y        Y
anonymous        proofread:ignore        .        .          .          .         .          .          .        .        .
reporter-own     proofread:ignore        Y        .          .          .         .          .          Y        .        .
reporter-other   proofread:ignore        .        .          .          .         .          .          .        .        .
EDITOR           proofread:ignore        Y        Y          Y          Y         Y          .          Y        .        .
CHIEF_EDITOR     proofread:ignore        Y        Y          Y          Y         Y          .          Y        .        .
ADMIN            proofread:ignore        Y        Y          Y          Y         Y          .          Y        .        .
anonymous        proofread:override      .        .          .          .         .          .          .        .        .
reporter-own     proofread:override      .        .          .          .         .          .          .        .        .
reporter-other   proofread:override      .        .          .          .         .          .          .        .        .
EDITOR           proofread:override      .        .          .          .         .          .          .        .        .
CHIEF_EDITOR     proofread:override      Y        Y          Y          Y         Y          Y          Y        Y        Y
ADMIN            proofread:override      Y        Y          Y          Y         Y          Y          Y        Y        Y
anonymous        account:password        .        .          .          .         .          .          .        .        .
reporter-own     account:password        Y        Y          Y          Y         Y          Y          Y        Y        Y
reporter-other   account:password        Y        Y          Y          Y         Y          Y          Y        Y        Y
EDITOR           account:password        Y        Y          Y          Y         Y          Y          Y        Y        Y
CHIEF_EDITOR     account:password        Y        Y          Y          Y         Y          Y          Y        Y        Y
ADMIN            account:password        Y        Y          Y          Y         Y          Y          Y        Y        Y
`;

type Who = "anonymous" | "reporter-own" | "reporter-other" | "EDITOR" | "CHIEF_EDITOR" | "ADMIN";
const AUTHOR = "author-1";
// Editors act on other people's work; "own" only matters for reporters.
const ACTORS: Record<Who, Actor | null> = {
  anonymous: null,
  "reporter-own": { id: AUTHOR, role: "REPORTER" },
  "reporter-other": { id: "reporter-2", role: "REPORTER" },
  EDITOR: { id: "editor-1", role: "EDITOR" },
  CHIEF_EDITOR: { id: "chief-1", role: "CHIEF_EDITOR" },
  ADMIN: { id: "admin-1", role: "ADMIN" },
};

const [header, ...rows] = TABLE.trim().split("\n").map((line) => line.trim().split(/\s+/));
const cases = rows.map(([who, action, ...marks]) => ({
  who: who as Who,
  action: action as Action,
  allowed: STATUSES.filter((_, i) => marks[i] === "Y"),
}));

describe("the policy table", () => {
  it("covers every role × action × status", () => {
    expect(header).toEqual([...STATUSES]);
    expect(rows.every((r) => r.length === 2 + STATUSES.length && r.slice(2).every((m) => m === "Y" || m === "."))).toBe(true);
    // A new action in the policy needs its rows here before this passes.
    expect(cases).toHaveLength(Object.keys(ACTORS).length * ACTIONS.length);
    expect(new Set(cases.map((c) => c.action))).toEqual(new Set(ACTIONS));
  });

  it.each(cases)("$who $action: allowed in $allowed", ({ who, action, allowed }) => {
    const actor = ACTORS[who];
    const outcome = STATUSES.filter((status) => can(actor, action, { createdById: AUTHOR, status }));
    expect(outcome).toEqual(allowed);
  });
});

describe("a move's answer", () => {
  // The table's from-states are the only ones: were the policy to repeat
  // them, the table's own check would never be the one that refuses.
  const MOVES = [
    "article:submit",
    "article:approve",
    "article:return",
    "article:publish",
    "article:schedule",
    "article:spike",
    "article:correct",
    "article:retract",
    "article:recall",
    "article:replace",
    "article:import-publish",
  ] as const;

  it.each(MOVES)("%s does not depend on the article's status", (action) => {
    for (const who of Object.keys(ACTORS) as Who[]) {
      for (const stageRoles of [undefined, ["EDITOR", "EDITOR", "CHIEF_EDITOR"] as const]) {
        const answers = STATUSES.map((status) => can(ACTORS[who], action, { createdById: AUTHOR, status, reviewStage: 1, stageRoles: stageRoles && [...stageRoles] }));
        expect(new Set(answers).size, `${who} ${action}`).toBe(1);
      }
    }
  });
});

describe("can without an article", () => {
  it("lets editors and above import, and only chief editors and admins import published", () => {
    const importers: Who[] = ["EDITOR", "CHIEF_EDITOR", "ADMIN"];
    for (const who of Object.keys(ACTORS) as Who[]) {
      expect(can(ACTORS[who], "article:import"), who).toBe(importers.includes(who));
      expect(can(ACTORS[who], "article:import-publish"), who).toBe(who === "CHIEF_EDITOR" || who === "ADMIN");
    }
  });

  it("lets any signed-in user create, and no per-article action without an article", () => {
    for (const who of Object.keys(ACTORS) as Who[]) {
      const actor = ACTORS[who];
      expect(can(actor, "article:create")).toBe(actor !== null);
      for (const action of ["article:read", "article:edit", "article:submit", "article:return", "article:publish"] as const) {
        expect(can(actor, action)).toBe(false);
      }
    }
  });
});

describe("authorize", () => {
  const draft = { createdById: AUTHOR, status: "DRAFT" as ArticleStatus };

  it("throws unauthenticated for nobody", () => {
    expect(() => authorize(null, "article:create")).toThrow(AppError);
    expect(() => authorize(null, "article:read", draft)).toThrow(expect.objectContaining({ code: "unauthenticated" }));
  });

  it("throws forbidden when the policy refuses", () => {
    expect(() => authorize(ACTORS["reporter-other"], "article:edit", draft)).toThrow(expect.objectContaining({ code: "forbidden" }));
    expect(() => authorize(ACTORS["reporter-own"], "article:publish", draft)).toThrow(expect.objectContaining({ code: "forbidden" }));
  });

  it("returns quietly when the policy allows", () => {
    expect(() => authorize(ACTORS["reporter-own"], "article:edit", draft)).not.toThrow();
    expect(() => authorize(ACTORS.ADMIN, "article:publish", { createdById: AUTHOR, status: "APPROVED" })).not.toThrow();
  });
});

// Assignments need no article to create; starting one and comments do need their facts.
describe("assignments and comments without facts", () => {
  it("lets editors and above create assignments, and nobody start or comment on nothing", () => {
    for (const who of Object.keys(ACTORS) as Who[]) {
      expect(can(ACTORS[who], "assignment:create"), who).toBe(["EDITOR", "CHIEF_EDITOR", "ADMIN"].includes(who));
      for (const action of ["assignment:start", "comment:add", "comment:resolve"] as const) {
        expect(can(ACTORS[who], action), `${who} ${action}`).toBe(false);
      }
    }
  });
});

// The word lists concern no article: only chief editors and admins keep them.
describe("proofreading word lists", () => {
  it("are kept by chief editors and admins, without an article", () => {
    for (const who of Object.keys(ACTORS) as Who[]) {
      expect(can(ACTORS[who], "proofread:words"), who).toBe(who === "CHIEF_EDITOR" || who === "ADMIN");
    }
  });
});

// 三校: proofreaders are desk staff of at least the paper's chosen role, never the author.
describe("signing a proofreading round", () => {
  it("follows the role the paper names and refuses the article's own author", () => {
    const facts = { createdById: AUTHOR, status: "IN_REVIEW" as ArticleStatus };
    expect(can(ACTORS.EDITOR, "proofread:sign", { ...facts, proofRole: "CHIEF_EDITOR" })).toBe(false);
    expect(can(ACTORS.CHIEF_EDITOR, "proofread:sign", { ...facts, proofRole: "CHIEF_EDITOR" })).toBe(true);
    expect(can(ACTORS.CHIEF_EDITOR, "proofread:sign", { ...facts, createdById: "chief-1" })).toBe(false);
    expect(can(ACTORS.ADMIN, "proofread:sign")).toBe(false);
  });

  it("lets chief editors and admins set the rounds, without an article", () => {
    for (const who of Object.keys(ACTORS) as Who[]) {
      expect(can(ACTORS[who], "proofread:settings"), who).toBe(who === "CHIEF_EDITOR" || who === "ADMIN");
    }
  });
});

describe("resolving a comment", () => {
  it("is also for the comment's author, on an article that is not theirs", () => {
    const facts = { createdById: AUTHOR, status: "DRAFT" as ArticleStatus };
    expect(can(ACTORS["reporter-other"], "comment:resolve", facts)).toBe(false);
    expect(can(ACTORS["reporter-other"], "comment:resolve", { ...facts, commentAuthorId: "reporter-2" })).toBe(true);
  });
});
