// A small starter list shipped with Copydesk: clearly non-political entries
// a newsroom can keep, change or delete, and fill up with its own. Added by
// the demo seed, and by a chief editor on a new installation (one call; it
// never overwrites what the newsroom changed). Not a migration: a restore
// replays the migrations into an empty database before loading a backup
// (docs/decisions/0025-proofreading.md).
import type { DbOrTx } from "@/lib/database/client";
import { authorize, type Actor } from "@/lib/auth/policy";
import type { WordEntry } from "../types";

const AD_LAW = "广告法第九条：广告不得使用“国家级”“最高级”“最佳”等用语；新闻稿中慎用。";
const DE_DI_DE = "的/地/得：补语前用“得”。";
const VARIANT = "《第一批异形词整理表》推荐词形。";
const RESPECT = "新闻报道中对残疾人的规范称谓。";

export const STARTER_WORDS: readonly WordEntry[] = [
  // Superlatives of advertising copy.
  { term: "全网最低价", category: "BANNED", note: AD_LAW },
  { term: "史上最低价", category: "BANNED", note: AD_LAW },
  { term: "第一品牌", category: "BANNED", note: AD_LAW },
  { term: "最佳", category: "CAUTION", note: AD_LAW },
  { term: "最先进", category: "CAUTION", note: AD_LAW },
  { term: "顶级", category: "CAUTION", note: AD_LAW },
  { term: "极品", category: "CAUTION", note: AD_LAW },
  { term: "首选", category: "CAUTION", note: AD_LAW },
  { term: "独一无二", category: "CAUTION", note: AD_LAW },
  { term: "万能", category: "CAUTION", note: AD_LAW },
  // 的/地/得.
  { term: "好的很", category: "WRONG_FORM", replacement: "好得很", note: DE_DI_DE },
  { term: "多的很", category: "WRONG_FORM", replacement: "多得很", note: DE_DI_DE },
  { term: "快的很", category: "WRONG_FORM", replacement: "快得很", note: DE_DI_DE },
  // Common wrong characters (错别字).
  { term: "再接再励", category: "WRONG_FORM", replacement: "再接再厉" },
  { term: "一如继往", category: "WRONG_FORM", replacement: "一如既往" },
  { term: "迫不急待", category: "WRONG_FORM", replacement: "迫不及待" },
  { term: "重蹈复辙", category: "WRONG_FORM", replacement: "重蹈覆辙" },
  { term: "直接了当", category: "WRONG_FORM", replacement: "直截了当" },
  { term: "按装", category: "WRONG_FORM", replacement: "安装" },
  { term: "松驰", category: "WRONG_FORM", replacement: "松弛" },
  { term: "针贬时弊", category: "WRONG_FORM", replacement: "针砭时弊" },
  { term: "穿流不息", category: "WRONG_FORM", replacement: "川流不息" },
  { term: "默守成规", category: "WRONG_FORM", replacement: "墨守成规" },
  // Variant forms (异形词).
  { term: "惟一", category: "VARIANT", replacement: "唯一", note: VARIANT },
  { term: "成份", category: "VARIANT", replacement: "成分", note: VARIANT },
  { term: "丰富多采", category: "VARIANT", replacement: "丰富多彩", note: VARIANT },
  { term: "笔划", category: "VARIANT", replacement: "笔画", note: VARIANT },
  { term: "参预", category: "VARIANT", replacement: "参与", note: VARIANT },
  { term: "身分证", category: "VARIANT", replacement: "身份证", note: VARIANT },
  // Respectful terms (规范表述).
  { term: "残废人", category: "STANDARD", replacement: "残疾人", note: RESPECT },
  { term: "弱智儿童", category: "STANDARD", replacement: "智力障碍儿童", note: RESPECT },
  { term: "高考状元", category: "STANDARD", replacement: "高考最高分考生", note: "报道高考成绩时不炒作“状元”。" },
];

/** Adds the starter entries whose terms the list does not have yet; returns how many. */
export async function installStarterWords(db: DbOrTx, actor: Actor | null): Promise<number> {
  authorize(actor, "proofread:words");
  const { count } = await db.proofWord.createMany({
    data: STARTER_WORDS.map((w) => ({ term: w.term, category: w.category, replacement: w.replacement ?? null, note: w.note ?? null, createdById: actor.id })),
    skipDuplicates: true,
  });
  return count;
}
