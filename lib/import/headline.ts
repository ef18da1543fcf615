// Headline decisions: which heading is a commentary column, and how a
// one-line multi-clause headline divides into 引题 (kicker) and 主题.

import { charLength } from "./chars";

// Column names are short and end in a genre word. `## 今日评论` introduces a
// commentary whose real headline is the next heading. 编者按 is not one: it
// is an editor's note inside a story.
const COLUMN = /^.{0,4}(评论|短评|时评|社论|述评|快评|热评|杂谈|随笔|言论|观察|视点|評論|短評|時評|社論|述評|快評|熱評|雜談|隨筆|言論|觀察|視點)$/u;

export function isColumnName(text: string): boolean {
  return COLUMN.test(text.trim());
}

export interface SplitHeadline {
  kicker: string | null;
  headline: string;
}

/**
 * The OCR flattens a stacked headline onto one line with spaces between its
 * clauses. Rule (what an editor would set): with three or more clauses where
 * all the leading ones are parallel phrases (lengths within one character of
 * each other) and the last is longer than each of them, the leading clauses
 * are the 引题 and the last is the 主题:
 *   "交流理清思路 畅谈碰撞火花 务虚会为开发区务实干明确方向"
 *   → kicker "交流理清思路 畅谈碰撞火花", headline "务虚会为开发区务实干明确方向".
 * Anything else stays one headline, spaces kept, because guessing wrong is
 * worse than not splitting: "开发区 安全生产绷紧弦 除患排险在行动" has a short
 * label before a parallel couplet, which reads as one 主题.
 */
export function splitHeadline(text: string): SplitHeadline {
  const parts = text.split(" ").filter((p) => p !== "");
  const last = parts[parts.length - 1];
  const leading = parts.slice(0, -1);
  if (parts.length === 2) return splitPair(text, parts[0] ?? "", last ?? "");
  if (last === undefined || leading.length < 2) return { kicker: null, headline: text };

  const lengths = leading.map(charLength);
  const parallel = Math.max(...lengths) - Math.min(...lengths) <= 1;
  const lastIsLonger = charLength(last) > Math.max(...lengths);
  if (!parallel || !lastIsLonger) return { kicker: null, headline: text };
  return { kicker: leading.join(" "), headline: last };
}

/**
 * Two clauses: "秋季送温暖 志愿者走进敬老院" is a 引题 over a longer 主题
 * when the first is a phrase of its own (four to eight characters) and the
 * second is clearly longer (by three or more). A couplet of near-equal
 * halves ("银杏叶黄 游人如织") and a short label before a phrase
 * ("开发区 安全生产绷紧弦") are one headline.
 */
function splitPair(text: string, first: string, second: string): SplitHeadline {
  const a = charLength(first);
  const b = charLength(second);
  if (a >= 4 && a <= 8 && b >= a + 3) return { kicker: first, headline: second };
  return { kicker: null, headline: text };
}
