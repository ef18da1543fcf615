// One input model per server action: the page it is posted to, and one
// valid example of its argument. The battery enumerates the actions from
// the build's manifest; an action missing here fails the battery, so a new
// action cannot go unfuzzed.
import type { Json } from "./fuzz-inputs";

/** Rows of the fuzz server's database the valid examples point at. */
export interface Fixtures {
  articleId: string;
  articleVersion: number;
  sectionId: string;
  reporterId: string;
  userId: string;
  commentId: string;
  notificationId: string;
  revisionId: string;
  photoId: string;
  /** The picture of that photo, in the library. */
  mediaId: string;
  assignmentId: string;
  /** The demo's printed page (第03版) and a story on it. */
  pageId: string;
  pageArticleId: string;
}

export interface ActionModel {
  /** Where the client posts it from. */
  page: (f: Fixtures) => string;
  /**
   * How the client calls it: `object` → action(input); `form` →
   * action(formData); `state-form` → action(previousState, formData)
   * (useActionState); `none` → action().
   */
  call: "object" | "form" | "state-form" | "none";
  example: (f: Fixtures) => Json;
  /** Who calls it; admin unless the action would end the battery's own admin session. */
  as?: "anonymous-and-reporter";
}

const article = (f: Fixtures) => `/desk/articles/${f.articleId}`;

const fields = (f: Fixtures) => ({
  kicker: "引题",
  headline: "开发区新建三座口袋公园",
  subheadline: "",
  dateline: "本报讯",
  summary: "摘要",
  body: "第一段。\n\n第二段。",
  bodyJson: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "第一段。" }] }] },
  contributors: [{ name: "郭坤", role: "REPORTER", credit: "TEXT", userId: f.reporterId }],
});

const layout = (f: Fixtures) => ({ sectionId: f.sectionId, placement: "STANDARD", type: "NEWS", editionDate: "2021-11-03", pageNumber: 3, pageName: "开发区" });

/** Keyed "<source file>#<exported name>", as the manifest names them. */
export const ACTION_MODELS: Record<string, ActionModel> = {
  "app/[lang]/(auth)/login/actions.ts#login": {
    page: () => "/login",
    call: "state-form",
    // The editor's account: the battery's own admin must not be throttled by its wrong passwords.
    example: () => ({ email: "editor@copydesk.test", password: "wrong-password", callbackUrl: "/desk" }),
    as: "anonymous-and-reporter",
  },
  "components/layout/language-actions.ts#setLanguage": { page: () => "/", call: "form", example: () => ({ lang: "en", next: "/sections/news" }) },
  // Signing out ends every session of the account (lib/users/sessions.ts): the admin's would end the battery.
  "components/desk/sign-out-actions.ts#signOutAction": { page: () => "/desk", call: "none", example: () => null, as: "anonymous-and-reporter" },

  "app/[lang]/desk/users/actions.ts#createUserAction": {
    page: () => "/desk/users",
    call: "object",
    example: () => ({ email: "fuzz.created@copydesk.test", name: "模糊测试", role: "REPORTER", password: "0123456789abc" }),
  },
  "app/[lang]/desk/users/actions.ts#changeRoleAction": { page: () => "/desk/users", call: "object", example: (f) => ({ userId: f.userId, role: "EDITOR" }) },
  "app/[lang]/desk/users/actions.ts#setActiveAction": { page: () => "/desk/users", call: "object", example: (f) => ({ userId: f.userId, active: "false" }) },
  "app/[lang]/desk/users/actions.ts#unlockAction": { page: () => "/desk/users", call: "object", example: (f) => ({ userId: f.userId }) },
  "app/[lang]/desk/users/actions.ts#resetPasswordAction": { page: () => "/desk/users", call: "object", example: (f) => ({ userId: f.userId }) },
  "app/[lang]/desk/users/actions.ts#releaseAddressAction": { page: () => "/desk/users", call: "object", example: () => ({ address: "203.0.113.50" }) },
  // Never the right current password: a change would end the caller's sessions, which the battery runs on.
  "app/[lang]/desk/account/actions.ts#changePassword": {
    page: () => "/desk/account",
    call: "state-form",
    example: () => ({ currentPassword: "not-the-password", newPassword: "a-new-password-1", confirmPassword: "a-new-password-1" }),
    as: "anonymous-and-reporter",
  },

  "app/[lang]/desk/sections/actions.ts#createSectionAction": { page: () => "/desk/sections", call: "object", example: () => ({ slug: "fuzz", nameZh: "模糊", nameEn: "Fuzz" }) },
  "app/[lang]/desk/sections/actions.ts#renameSectionAction": { page: () => "/desk/sections", call: "object", example: (f) => ({ id: f.sectionId, nameZh: "要闻", nameEn: "News" }) },
  "app/[lang]/desk/sections/actions.ts#moveSectionAction": { page: () => "/desk/sections", call: "object", example: (f) => ({ id: f.sectionId, direction: "down" }) },
  "app/[lang]/desk/sections/actions.ts#changeSectionSlugAction": { page: () => "/desk/sections", call: "object", example: (f) => ({ id: f.sectionId, slug: "news-2" }) },

  "app/[lang]/desk/articles/actions.ts#saveArticle": { page: article, call: "object", example: (f) => ({ id: f.articleId, version: f.articleVersion, ...fields(f) }) },
  "app/[lang]/desk/articles/actions.ts#loadArticleText": { page: article, call: "object", example: (f) => ({ id: f.articleId }) },
  "app/[lang]/desk/articles/actions.ts#previewByline": {
    page: article,
    call: "object",
    example: () => ({ dateline: "本报讯", contributors: [{ name: "郭坤", role: "REPORTER", credit: "TEXT" }] }),
  },
  "app/[lang]/desk/articles/actions.ts#submitArticle": { page: article, call: "object", example: (f) => ({ id: f.articleId, version: f.articleVersion }) },
  "app/[lang]/desk/articles/actions.ts#approveArticle": { page: article, call: "object", example: (f) => ({ id: f.articleId, version: f.articleVersion, note: "同意" }) },
  "app/[lang]/desk/articles/actions.ts#returnArticle": { page: article, call: "object", example: (f) => ({ id: f.articleId, version: f.articleVersion, note: "请补充" }) },
  "app/[lang]/desk/articles/actions.ts#publishArticle": { page: article, call: "object", example: (f) => ({ id: f.articleId, version: f.articleVersion, ...layout(f) }) },
  "app/[lang]/desk/articles/actions.ts#scheduleArticle": {
    page: article,
    call: "object",
    example: (f) => ({ id: f.articleId, version: f.articleVersion, ...layout(f), publishAt: "2030-01-01T08:00" }),
  },
  "app/[lang]/desk/articles/actions.ts#spikeArticle": { page: article, call: "object", example: (f) => ({ id: f.articleId, version: f.articleVersion, note: "不用" }) },
  "app/[lang]/desk/articles/actions.ts#retractArticle": { page: article, call: "object", example: (f) => ({ id: f.articleId, version: f.articleVersion, note: "撤稿" }) },
  "app/[lang]/desk/articles/actions.ts#recallArticle": { page: article, call: "object", example: (f) => ({ id: f.articleId, version: f.articleVersion }) },
  "app/[lang]/desk/articles/actions.ts#replaceArticle": { page: article, call: "object", example: (f) => ({ id: f.articleId, version: f.articleVersion, ...layout(f) }) },
  "app/[lang]/desk/articles/picker-actions.ts#loadPickerPhotos": { page: article, call: "object", example: (f) => ({ articleId: f.articleId, page: 1 }) },
  "app/[lang]/desk/articles/picker-actions.ts#attachPhoto": { page: article, call: "object", example: (f) => ({ articleId: f.articleId, mediaId: f.mediaId }) },
  "app/[lang]/desk/articles/actions.ts#correctPublished": {
    page: article,
    call: "object",
    example: (f) => ({ id: f.articleId, version: f.articleVersion, ...fields(f), correctionNote: "更正" }),
  },
  "app/[lang]/desk/articles/actions.ts#changeArticleSlug": { page: article, call: "object", example: (f) => ({ id: f.articleId, version: f.articleVersion, slug: "fuzz-slug" }) },

  "app/[lang]/desk/articles/[id]/history/actions.ts#restoreVersion": {
    page: (f) => `${article(f)}/history`,
    call: "object",
    example: (f) => ({ id: f.articleId, revisionId: f.revisionId, version: f.articleVersion }),
  },
  "app/[lang]/desk/articles/[id]/comment-actions.ts#addCommentAction": { page: article, call: "object", example: (f) => ({ articleId: f.articleId, body: "请核实数字。" }) },
  "app/[lang]/desk/articles/[id]/comment-actions.ts#resolveCommentAction": { page: article, call: "object", example: (f) => ({ commentId: f.commentId }) },
  "app/[lang]/desk/articles/[id]/photo-actions.ts#savePhotoAction": {
    page: article,
    call: "object",
    example: (f) => ({ photoId: f.photoId, caption: "图片说明", credit: "郭坤 摄", alt: "公园" }),
  },
  "app/[lang]/desk/articles/[id]/photo-actions.ts#removePhotoAction": { page: article, call: "object", example: (f) => ({ photoId: f.photoId }) },
  "app/[lang]/desk/articles/[id]/proofread-actions.ts#ignoreFindingAction": {
    page: article,
    call: "object",
    example: (f) => ({ articleId: f.articleId, field: "body", rule: "halfWidthPunctuation", match: ",", scope: "occurrence", before: "第一段", after: "第二段", reason: "原文如此。" }),
  },
  "app/[lang]/desk/articles/[id]/proofread-actions.ts#unignoreFindingAction": { page: article, call: "object", example: (f) => ({ articleId: f.articleId, id: f.commentId }) },
  "app/[lang]/desk/articles/[id]/proofread-actions.ts#signProofRoundAction": { page: article, call: "object", example: (f) => ({ id: f.articleId, version: f.articleVersion, round: 1, note: "已校。" }) },

  "app/[lang]/desk/notifications/actions.ts#markReadAction": { page: () => "/desk/notifications", call: "object", example: (f) => ({ id: f.notificationId }) },
  "app/[lang]/desk/notifications/actions.ts#markAllReadAction": { page: () => "/desk/notifications", call: "object", example: () => ({}) },

  "app/[lang]/desk/settings/actions.ts#saveSettings": {
    page: () => "/desk/settings",
    call: "object",
    example: () => ({ paperNameZh: "示例日报", paperNameEn: "Copydesk Daily", stages: [{ name: "初审", nameEn: "First review", role: "EDITOR" }], perSection: 4, topStories: 3, briefs: 5 }),
  },
  "app/[lang]/desk/editions/[date]/pages/[n]/actions.ts#saveRegionsAction": {
    page: () => "/desk/editions/2021-11-02/pages/3",
    call: "object",
    example: (f) => ({ pageId: f.pageId, regions: [{ x: 400, y: 700, width: 9200, height: 2000, articleId: f.pageArticleId }, { x: 0, y: 9000, width: 5000, height: 1000, articleId: null }] }),
  },
  "app/[lang]/desk/settings/actions.ts#saveProofSettings": { page: () => "/desk/settings", call: "object", example: () => ({ rounds: 0, role: "EDITOR" }) },
  "app/[lang]/desk/words/actions.ts#addWordAction": { page: () => "/desk/words", call: "object", example: () => ({ term: "模糊词", category: "CAUTION", replacement: "", note: "" }) },
  "app/[lang]/desk/words/actions.ts#updateWordAction": {
    page: () => "/desk/words",
    call: "object",
    example: (f) => ({ id: f.commentId, term: "模糊词", category: "BANNED", replacement: "", note: "" }),
  },
  "app/[lang]/desk/words/actions.ts#deleteWordAction": { page: () => "/desk/words", call: "object", example: (f) => ({ id: f.commentId, term: "模糊词" }) },
  "app/[lang]/desk/words/actions.ts#importWordsAction": { page: () => "/desk/words", call: "object", example: () => ({ csv: "term,category\n模糊导入,CAUTION\n", mode: "merge" }) },
  "app/[lang]/desk/words/actions.ts#exportWordsAction": { page: () => "/desk/words", call: "object", example: () => ({}) },
  "app/[lang]/desk/words/actions.ts#installStarterAction": { page: () => "/desk/words", call: "object", example: () => ({}) },
  "app/[lang]/desk/settings/actions.ts#saveFooter": {
    page: () => "/desk/settings",
    call: "object",
    example: () => ({ copyrightZh: "© 示例日报", copyrightEn: "© Copydesk Daily", icpNumber: "豫ICP备12345678号-1", icpUrl: "https://beian.miit.gov.cn/", contact: "0394-1234567", reportContact: "0394-1234000" }),
  },
  "app/[lang]/desk/front-page/actions.ts#pinAction": { page: () => "/desk/front-page", call: "object", example: (f) => ({ articleId: f.articleId }) },
  "app/[lang]/desk/front-page/actions.ts#unpinAction": { page: () => "/desk/front-page", call: "object", example: () => ({}) },

  "app/[lang]/desk/import/actions.ts#createImportBatch": {
    page: () => "/desk/import",
    call: "object",
    example: (f) => ({
      articles: [
        {
          kicker: "",
          headline: "开发区新建三座口袋公园",
          subheadline: "",
          dateline: "本报讯",
          contributors: [{ name: "郭坤", role: "REPORTER", credit: null }],
          type: "NEWS",
          column: "",
          paragraphs: ["第一段。", "第二段。"],
          captions: [],
        },
      ],
      sectionId: f.sectionId,
      mode: "drafts",
      edition: { date: "2021-11-03", pageNumber: "4", pageName: "社会" },
      firstIndex: 0,
    }),
  },

  "app/[lang]/desk/assignments/actions.ts#createAssignmentAction": {
    page: () => "/desk/assignments",
    call: "object",
    example: (f) => ({ title: "采访口袋公园", brief: "三座公园的进度", sectionId: f.sectionId, reporterId: f.reporterId, deadline: "2030-01-01T18:00", editionDate: "2030-01-02" }),
  },
  "app/[lang]/desk/assignments/actions.ts#startArticleAction": { page: () => "/desk/assignments", call: "object", example: (f) => ({ assignmentId: f.assignmentId }) },
};
