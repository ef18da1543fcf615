// Lines that belong to the page, not to any story: its header (第03版 开发区),
// the editors' credit line (值班编委/张广 本版编辑/陈广江, 责编：… 校对：…)
// and jump lines ((下转第二版)). They are kept for the desk to show, never
// imported, and never taken for a headline.

import type { PageFurniture } from "./types";

const FULLWIDTH_DIGIT = /[０-９]/g;
const ascii = (text: string) => text.replace(FULLWIDTH_DIGIT, (d) => String(d.charCodeAt(0) - 0xff10));

// 第03版 开发区 · 【第03版：要闻】 · 2021年11月2日 星期二 第3版 · 周口日报 第A03版
const PAGE_HEADER = /^[【[]?\s*(?:.{0,30}?\s)?第\s*[A-Za-z]?\s*([0-9０-９]{1,3})\s*版(?:\s*[：:·|｜]?\s*([^\s】\]。，,；;！？]{1,12}))?\s*[】\]]?(?:\s+.{0,30})?$/u;
const HEADER_DATE = /([0-9０-９]{4})\s*年\s*([0-9０-９]{1,2})\s*月\s*([0-9０-９]{1,2})\s*日/u;

// The people who made the page, each role followed by / ： or a space and a name.
const PAGE_ROLE = "值班编委|值班主任|值班总编|本版编辑|本版责编|责任编辑|责编|编辑|美编|校对|版式|组版|照排|审读|签发|值班編委|本版編輯|責任編輯|責編|編輯|美編|校對|版式設計|組版";
const CREDITS = new RegExp(`^(?:(?:${PAGE_ROLE})\\s*[/／:：\\s]\\s*[\\p{Script=Han}·]{2,4}(?:[、\\s][\\p{Script=Han}·]{2,4})?\\s*)+$`, "u");

// (下转第二版) · （上接第1版） · (转A2版) · （紧接第一版）
const JUMP = /^[（(]\s*(?:下转|上接|紧接|接|转|下轉|上接|緊接|轉)\s*第?\s*[A-Za-z]?[0-9０-９一二三四五六七八九十]{1,3}\s*版\s*[）)]$/u;
const JUMP_AT_END = /^(.*[。！？”])\s*([（(]\s*(?:下转|下轉|转|轉)\s*第?\s*[A-Za-z]?[0-9０-９一二三四五六七八九十]{1,3}\s*版\s*[）)])$/u;

export interface PageHeader {
  number: number;
  name: string | null;
  date: string | null;
}

export function readPageHeader(line: string): PageHeader | null {
  const text = line.trim();
  if (Array.from(text).length > 60) return null;
  const match = PAGE_HEADER.exec(text);
  if (!match) return null;
  const number = Number(ascii(match[1] ?? ""));
  if (!Number.isInteger(number) || number < 1) return null;
  const date = HEADER_DATE.exec(ascii(text));
  const pad = (n: string | undefined) => String(Number(n)).padStart(2, "0");
  return {
    number,
    name: match[2] ?? null,
    date: date ? `${date[1]}-${pad(date[2])}-${pad(date[3])}` : null,
  };
}

export function furnitureKind(line: string): PageFurniture["kind"] | null {
  const text = line.trim();
  if (readPageHeader(text)) return "header";
  if (CREDITS.test(text)) return "credits";
  if (JUMP.test(text)) return "jump";
  return null;
}

// （上接第一版）各乡镇要…: a story continued from another page opens with it.
const CONTINUED = /^([（(]\s*(?:上接|紧接|接|續|緊接|上接)\s*第?\s*[A-Za-z]?[0-9０-９一二三四五六七八九十]{1,3}\s*版\s*[）)])\s*(.*)$/u;

/** The jump a continued story opens with, and the text after it. */
export function splitContinued(line: string): { jump: string; rest: string } | null {
  const match = CONTINUED.exec(line.trim());
  return match ? { jump: match[1] ?? "", rest: match[2] ?? "" } : null;
}

/** `…确保完成任务。（下转第二版）`: the jump printed at the end of a story's last line. */
export function splitJumpAtEnd(line: string): { body: string; jump: string } | null {
  const match = JUMP_AT_END.exec(line);
  return match ? { body: match[1] ?? "", jump: match[2] ?? "" } : null;
}
