// The words a byline uses for who someone is (记者, 通讯员, …) and what they
// did (文, 图, 摄). They are typesetting, never names. Every form is given
// in simplified and traditional characters.

import type { ContributorRole, Credit } from "./types";

// A paper or agency named before the role: 湖北日报全媒记者, 中新社记者,
// 香港文匯報記者. Lazy, so the shortest organisation name is taken.
const ORG = "\\p{Script=Han}{1,10}?(?:日报|日報|晚报|晚報|早报|早報|时报|時報|商报|商報|报|報|网|網|社|电视台|電視台|融媒体中心|融媒體中心)";
const OWN = "本报|本報|本网|本網|本台";
// 本报驻京记者, 驻周口记者.
const POSTED = "[驻駐]\\p{Script=Han}{1,4}?";
const RANK = "全媒体|全媒體|融媒体|融媒體|全媒|首席|见习|見習|特约|特約|实习|實習|摄影|攝影";
const CORE = "记者|記者|通讯员|通訊員|评论员|評論員|实习生|實習生|摄影|攝影";

const ROLE_PHRASE = new RegExp(`^(?:${ORG}|${OWN})?(?:${POSTED})?(?:${RANK})?(?:${CORE})`, "u");

export interface RolePhrase {
  /** The phrase as printed, e.g. "湖北日报全媒记者". */
  text: string;
  role: ContributorRole;
}

function roleOf(phrase: string): ContributorRole {
  if (/摄影|攝影/.test(phrase)) return "PHOTOGRAPHER";
  if (/通讯员|通訊員/.test(phrase)) return "CORRESPONDENT";
  return "REPORTER";
}

/** The role phrase a token starts with, or null. */
export function rolePhraseAt(token: string): RolePhrase | null {
  const text = ROLE_PHRASE.exec(token)?.[0];
  return text === undefined ? null : { text, role: roleOf(text) };
}

/** True when the whole token is a role phrase (记者, 本报评论员, 中新社记者). */
export function isRolePhrase(token: string): boolean {
  return rolePhraseAt(token)?.text === token;
}

/** Loose test: does the text name any role at all (for bracket detection). */
export const HAS_ROLE = new RegExp(`(?:${CORE})`, "u");

// Credits as printed. 摄 alone is handled by the contributor parser: a credit
// at the end of a list, a role before names.
const CREDITS: Readonly<Record<string, Credit>> = {
  "文/图": "TEXT_AND_PHOTO",
  "图/文": "TEXT_AND_PHOTO",
  "文/圖": "TEXT_AND_PHOTO",
  "圖/文": "TEXT_AND_PHOTO",
  文图: "TEXT_AND_PHOTO",
  文圖: "TEXT_AND_PHOTO",
  图文: "TEXT_AND_PHOTO",
  圖文: "TEXT_AND_PHOTO",
  文: "TEXT",
  图: "PHOTO",
  圖: "PHOTO",
  摄: "PHOTO",
  攝: "PHOTO",
};

export function creditOf(token: string): Credit | null {
  return CREDITS[token] ?? null;
}

/** Two credits printed apart (`文 图`) are one credit for both. */
export function combineCredits(a: Credit | null, b: Credit): Credit {
  if (a === null || a === b) return b;
  return "TEXT_AND_PHOTO";
}
