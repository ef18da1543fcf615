// Bylines: the 电头 and the contributor list that open a story
// (`本报讯（记者周绍瑜）6月5日，…`, `本报广州11月28日电 记者缪鲁报道：`), a
// byline on its own line (`本报记者 武培真`, `□记者 王芳`), and the forms that
// close one (`（中新社记者 李明）`, `据新华社`). Brackets, role words and
// credits are typesetting, reported as markup; names and datelines are kept.

import { parseList, type ParsedList } from "./contributors";
import { readDateline, type DatelineMatch } from "./dateline";
import { note, type ImportNote } from "./notes";
import { HAS_ROLE, rolePhraseAt } from "./roles";
import type { ProposedContributor } from "./types";

export interface Byline {
  /** "本报讯", "新华社北京1月11日电", … ; "" when none is printed. */
  dateline: string;
  source: string | null;
  place: string | null;
  /** The printed day of the 电头, "1月11日". */
  day: string | null;
  contributors: ProposedContributor[];
  /** Body text that followed the byline on the same line ("" if none). */
  rest: string;
  markup: string[];
  /** Some contributor's role was assumed. */
  rolesGuessed: boolean;
  notes: ImportNote[];
  /** Only a contributor list on its own line: opens a story or closes one. */
  standalone: boolean;
  /** A form that only closes a story: `据新华社`, `（中新社记者 李明）`. */
  closing: boolean;
  /** `（上接第一版）`: the story continues from another page (kept as page furniture). */
  jump?: string;
  /** Opens a story only under its headline: 据…消息：inside a story is its text. */
  onlyOpening?: boolean;
}

/**
 * A story continued from another page opens with its jump line instead of
 * a byline (`（上接第一版）各乡镇要…`): it plays the byline's part, so the
 * repeated headline above it is recognised.
 */
export function continuedOpening(jump: string, rest: string): Byline {
  return {
    dateline: "", source: null, place: null, day: null, contributors: [], rest, markup: [],
    rolesGuessed: false, notes: [note("continued", { jump })], standalone: rest === "", closing: false, jump,
  };
}

// Same-length replacements, so an index into the plain form is one into the line.
function plainMarkup(text: string): string {
  return text.replace(/（/g, "(").replace(/）/g, ")").replace(/／/g, "/");
}

// □ before a byline, which OCR often reads as 口.
const BOX = /^([□口■◆])\s*/u;
// `(如图)` and `(扩大)` at a line start are not bylines, nor a bracket of
// anything but names after a 电头.
const NOT_NAMES = new Set(["如图", "如圖", "扩大", "擴大", "图", "圖", "下同", "同上", "见图", "見圖", "略"]);
// `据新华社`, `（据新华社电）`, `据《人民日报》`: the closing attribution.
// The source must name one (…社, …报, …网, …台, 《…》), so 据说明天下雨 is not.
const CLOSING_SOURCE = /^\(?\s*([据據](?:《[^》]{1,12}》|[^\s()，,。：:《》]{1,12}?(?:社|报|報|网|網|台))(?:电|電)?)\s*\)?$/u;
// 报道： after an unbracketed list (`记者缪鲁报道：`); at a line end the colon may be missing.
const REPORTS = /^(.{2,30}?)\s*(报道|報道|報導)\s*(?:([：:])|$)/u;
const MAX_STANDALONE = 40;

/** Parse a line as a byline, or return null when it is not one. */
export function parseByline(line: string): Byline | null {
  const text = plainMarkup(line.trim());
  const markup: string[] = [];
  let at = 0;
  const box = BOX.exec(text);
  if (box && rolePhraseAt(text.slice(box[0].length)) !== null) {
    markup.push(box[1] ?? "");
    at = box[0].length;
  }
  const dateline = at === 0 ? readDateline(text) : null;
  if (dateline) {
    markup.push(...dateline.markup);
    at = dateline.length;
  }
  const after = skipSpace(text, at);
  const list = readList(text, after, dateline !== null);
  if (dateline === null && list === null) return closing(text);
  if (list) markup.push(...list.parsed.markup);

  const restStart = list ? skipSpace(text, list.end) : after;
  const rest = line.trim().slice(restStart).trim();
  const contributors = list?.parsed.contributors ?? [];
  const standalone = dateline === null && rest === "";
  // `(记者 张三)正文…`: many papers open local stories with the bracket
  // alone. No 本报讯 is assumed: it would be words the page did not print.
  if (dateline === null && !standalone && list?.bracketed !== true) return null;
  return {
    ...datelineFields(dateline),
    contributors,
    rest,
    markup,
    rolesGuessed: list?.parsed.roleGuessed ?? false,
    notes: (list?.parsed.guesses ?? []).map((g) => note(g)),
    ...(dateline?.attributionOnly && !list ? { onlyOpening: true } : {}),
    standalone,
    // An agency reporter named in brackets on a line of their own signs a
    // story at its end (（中新社记者 李明）).
    closing: standalone && list?.bracketed === true && /[社报報网網]/u.test(contributors[0]?.title ?? ""),
  };
}

function datelineFields(d: DatelineMatch | null) {
  return { dateline: d?.text ?? "", source: d?.source ?? null, place: d?.place ?? null, day: d?.day ?? null };
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && /\s/u.test(text.charAt(at))) at++;
  return at;
}

interface ListRead {
  parsed: ParsedList;
  /** Index just after the list and its closing markup. */
  end: number;
  bracketed: boolean;
}

function readList(text: string, at: number, afterDateline: boolean): ListRead | null {
  if (text.charAt(at) === "(") {
    const close = text.indexOf(")", at);
    if (close < 0) return null;
    const inner = text.slice(at + 1, close);
    const parsed = parseList(inner);
    if (parsed === null) return null;
    // Without a role word, a bracket is a list only right after a 电头,
    // and only of names (新华社北京1月11日电(成欣)).
    const named = HAS_ROLE.test(inner) || (afterDateline && parsed.contributors.every((c) => !NOT_NAMES.has(c.name) && c.name !== ""));
    if (!named) return null;
    parsed.markup.unshift("(");
    parsed.markup.push(")");
    return { parsed, end: close + 1, bracketed: true };
  }
  // Unbracketed: up to 报道： (本报广州11月28日电 记者缪鲁报道：…), or the whole rest of the line.
  const tail = text.slice(at);
  const reports = REPORTS.exec(tail);
  if (reports && rolePhraseAt(tail) !== null) {
    const parsed = parseList(reports[1] ?? "");
    if (parsed === null) return null;
    parsed.markup.push(reports[2] ?? "", ...(reports[3] ? [reports[3]] : []));
    return { parsed, end: at + reports[0].length, bracketed: false };
  }
  // A sentence is never a byline: 记者从市教育局获悉，…
  if (/[，。；！？,;!?：:]/u.test(tail)) return null;
  const startsList = rolePhraseAt(tail) !== null || /^[文图圖]\//u.test(tail);
  if (tail === "" || Array.from(tail).length > MAX_STANDALONE || !startsList) return unbracketedCredit(tail, at);
  const parsed = parseList(tail);
  return parsed === null ? null : { parsed, end: text.length, bracketed: false };
}

/** `张三 摄` or `文/图 张三` alone: a credit line without a role word. */
function unbracketedCredit(tail: string, at: number): ListRead | null {
  if (tail === "" || Array.from(tail).length > 20) return null;
  if (!/(?:^[文图圖摄攝](?:\/[文图圖])?\s)|(?:\s[摄攝]$)/u.test(tail)) return null;
  const parsed = parseList(tail);
  return parsed && parsed.contributors.length > 0 ? { parsed, end: at + tail.length, bracketed: false } : null;
}

function closing(text: string): Byline | null {
  const match = CLOSING_SOURCE.exec(text);
  if (!match) return null;
  const said = match[1] ?? "";
  const markup = [text.startsWith("(") ? "(" : "", text.endsWith(")") ? ")" : ""].filter(Boolean);
  return {
    dateline: said,
    source: said.slice(1).replace(/[电電]$/u, "").replace(/[《》]/g, ""),
    place: null,
    day: null,
    contributors: [],
    rest: "",
    markup,
    rolesGuessed: false,
    notes: [],
    standalone: true,
    closing: true,
  };
}

/** `（中新社记者 李明）` or `（据新华社）` at the end of a story's last line. */
export function splitClosingByline(line: string): { body: string; byline: Byline } | null {
  const match = /^(.*[。！？!?”」』])\s*([（(][^()（）]{2,40}[)）])$/u.exec(line);
  if (!match) return null;
  const byline = parseByline(match[2] ?? "");
  if (byline === null || !byline.standalone) return null;
  return { body: match[1] ?? "", byline: { ...byline, closing: true } };
}
