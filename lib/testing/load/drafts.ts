// The desk side of the benchmarks: one draft per virtual editor, and the
// fields the article form sends when it saves (plain body plus the rich
// document, as captured from the real form in Chromium).
import { actionId, callAction } from "@/lib/testing/load/action";

export interface DeskEditor {
  /** The article this editor alone writes, so saves never conflict with another editor's. */
  id: string;
  /** The version the next save is typed over: the one the previous save returned. */
  version: number;
  cookie: string;
  /** Saves sent, and saves the server acknowledged. */
  saves: number;
  saved: number;
}

const paragraph = "开发区今天召开会议，部署今冬明春重点项目建设。";

/** ~400 characters in two paragraphs; `n` makes every save's text new. */
export function draftFields(headline: string, n: number) {
  const paragraphs = [paragraph.repeat(16), `第${n}次保存。`];
  return {
    kicker: null,
    headline,
    subheadline: null,
    dateline: "本报讯",
    summary: null,
    body: paragraphs.join("\n\n"),
    bodyJson: { type: "doc", content: paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })) },
    contributors: [{ name: "郭坤", role: "REPORTER", credit: "TEXT" }],
  };
}

export const SAVE_ACTION = { filename: "app/[lang]/desk/articles/actions.ts", exportedName: "saveArticle" };

interface SaveResult {
  ok: boolean;
  data?: { id: string; version: number };
  code?: string;
  message?: string;
}

/** Creates `count` drafts through the form's save action, spread over the given sessions. */
export async function createDrafts(base: string, cookies: string[], count: number, label: string): Promise<DeskEditor[]> {
  const id = actionId(SAVE_ACTION.filename, SAVE_ACTION.exportedName);
  const editors: DeskEditor[] = [];
  for (let i = 0; i < count; i++) {
    const cookie = cookies[i % cookies.length]!;
    const { status, result } = await callAction<SaveResult>(base, "/desk/articles/new", cookie, id, [draftFields(`${label} ${i + 1}`, 0)]);
    if (!result?.ok || !result.data) throw new Error(`could not create draft ${i + 1} (status ${status}): ${result?.message ?? "no action result"}`);
    editors.push({ id: result.data.id, version: result.data.version, cookie, saves: 0, saved: 0 });
  }
  return editors;
}
