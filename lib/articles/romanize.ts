import { pinyin } from "pinyin-pro";

const CJK = /[\u3400-\u9fff]/;
// Two-character surnames: 欧阳修 is Ouyang Xiu, not Ou Yangxiu.
const COMPOUND_SURNAMES = new Set([
  "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "司徒", "夏侯", "轩辕", "端木",
]);

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** 郭坤 → "Guo Kun", 曹文娟 → "Cao Wenjuan"; Latin names are left as written. */
export function romanizeName(name: string): string {
  if (!CJK.test(name)) return name;
  const syllables = pinyin(name, { toneType: "none", type: "array", surname: "head" });
  const surnameLength = name.length > 2 && COMPOUND_SURNAMES.has(name.slice(0, 2)) ? 2 : 1;
  const surname = syllables.slice(0, surnameLength).join("");
  const given = syllables.slice(surnameLength).join("");
  return [capitalise(surname), capitalise(given)].filter(Boolean).join(" ");
}
