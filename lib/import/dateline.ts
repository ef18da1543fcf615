// 电头 / 讯头: the words that open a story and say who filed it, from where
// and when. Every form in simplified and traditional characters:
//   本报讯 · 本报10月28日讯 · 湖北日报讯 · 蚌埠新闻网讯 · 泉州网1月7日讯 · 西和讯
//   新华社北京1月11日电 · 本报广州11月28日电 · 香港中通社9月27日电
//   【明報專訊】 · 〔即時新聞/綜合報導〕 · 据长江日报消息： · 據新華社報導：

const HAN = "\\p{Script=Han}";
const DATE = "[0-9０-９]{1,2}月[0-9０-９]{1,2}日";
const AGENCY = "新华社|新華社|中新社|中新网|中新網|中通社|人民网|人民網|央视网|央視網|央广网|央廣網|光明网|光明網";
const OWN = "本报|本報|本网|本網|本台";
const ORG = `${HAN}{1,10}?(?:日报|日報|晚报|晚報|早报|早報|时报|時報|商报|商報|新闻网|新聞網|报|報|网|網|电视台|電視台|融媒体中心|融媒體中心)`;
// A place never contains a role word: 本报记者近日… is a sentence.
const PLACE = `(?:(?!记者|記者|讯|訊)${HAN}){1,8}?`;

// Agency or own 电: 新华社北京1月11日电, 本报广州11月28日电, 香港中通社9月27日电, 新华社电.
const WIRE = new RegExp(`^(?<pre>${HAN}{2,3}?)?(?<src>${AGENCY}|${OWN})(?<place>${PLACE})?(?<date>${DATE})?[电電]`, "u");
// 讯: 本报讯, 本报10月28日讯, 泉州网1月7日讯, 湖北日报讯, 明報專訊.
const OWN_NEWS = new RegExp(`^(?<src>${OWN})(?<place>${PLACE})?(?<date>${DATE})?[讯訊]`, "u");
const ORG_NEWS = new RegExp(`^(?<src>${AGENCY}|${ORG})(?<date>${DATE})?(?:专|專)?[讯訊]`, "u");
// A county's 讯 (西和讯): only where a byline or a space follows, and not one
// of the words that end in 讯 (通讯, 资讯, 喜讯, 简讯, 快讯, 闻讯, …).
const COUNTY_NEWS = new RegExp(`^(?<src>${HAN}{2,4}?)[讯訊](?=[\\s(（]|$)`, "u");
const NOT_COUNTY = /[通資资喜简簡快音电電短问問闻聞审審传傳特专專新动動要视視党黨图圖函]$/u;
// 【明報專訊】, 〔即時新聞/綜合報導〕: the brackets are typesetting.
const BRACKETED = /^([【〔[])([^【】〔〕[\]。，,]{2,20}?)([】〕\]])/u;
const BRACKET_WORDS = /讯|訊|电|電|报道|報道|報導|新闻|新聞|消息/u;
// 据长江日报消息： / 據新華社報導： — the colon is typesetting.
const ATTRIBUTION = /^([据據](?:(?![，,。：:])[^\s]){1,14}?(?:报道|報道|報導|消息|电|電))\s*([：:])?/u;

export interface DatelineMatch {
  /** As printed, without brackets: "本报讯", "明報專訊", "本报讯 据长江日报消息". */
  text: string;
  source: string | null;
  place: string | null;
  /** The printed day, "1月11日", for event-date.ts to give a year. */
  day: string | null;
  /** Characters of the line taken, including brackets and colons. */
  length: number;
  /** What was dropped: brackets and colons. */
  markup: string[];
  /** Only 据…消息： : a story may open so, but inside one it is a sentence. */
  attributionOnly?: boolean;
}

/** The 电头 that opens the line, or null. */
export function readDateline(line: string): DatelineMatch | null {
  const first = readCore(line);
  if (first === null) {
    // 据…消息： on its own opens a story only with its colon: without it,
    // 据新华社报道，… is the first sentence.
    const attribution = readAttribution(line);
    return attribution && attribution.markup.length > 0 ? { ...attribution, attributionOnly: true } : null;
  }
  // 本报讯 据长江日报消息：— the paper's 讯头 and where the news came from.
  const gap = /^\s*/.exec(line.slice(first.length))?.[0] ?? "";
  const attribution = readAttribution(line.slice(first.length + gap.length));
  if (attribution === null) return first;
  return {
    ...first,
    text: `${first.text} ${attribution.text}`,
    length: first.length + gap.length + attribution.length,
    markup: [...first.markup, ...attribution.markup],
  };
}

function readCore(line: string): DatelineMatch | null {
  const bracketed = BRACKETED.exec(line);
  if (bracketed && BRACKET_WORDS.test(bracketed[2] ?? "")) {
    const inner = bracketed[2] ?? "";
    const source = /^(.+?)(?:专|專)?[讯訊]$/u.exec(inner)?.[1] ?? null;
    return { text: inner, source, place: null, day: null, length: bracketed[0].length, markup: [bracketed[1] ?? "", bracketed[3] ?? ""] };
  }
  const wire = WIRE.exec(line);
  if (wire?.groups && wireIsReal(line, wire)) {
    const { pre, src, place, date } = wire.groups;
    return plain(wire[0], src ?? null, pre ?? place ?? null, date ?? null);
  }
  const own = OWN_NEWS.exec(line);
  if (own?.groups && (own.groups.place === undefined || own.groups.date !== undefined)) {
    return plain(own[0], own.groups.src ?? null, own.groups.place ?? null, own.groups.date ?? null);
  }
  const org = ORG_NEWS.exec(line);
  if (org?.groups && followedByBreak(line, org[0].length)) {
    return plain(org[0], org.groups.src ?? null, null, org.groups.date ?? null);
  }
  const county = COUNTY_NEWS.exec(line);
  if (county?.groups && !NOT_COUNTY.test(county.groups.src ?? "")) {
    return plain(county[0], county.groups.src ?? null, null, null);
  }
  return null;
}

/**
 * A 电 without a date must have no place, or a short one followed by a
 * byline or a break (新华社北京电 记者…): 本报社区电力… is a sentence.
 */
function wireIsReal(line: string, wire: RegExpExecArray): boolean {
  const { place, date } = wire.groups ?? {};
  if (date !== undefined || place === undefined) return true;
  return Array.from(place).length <= 4 && followedByBreak(line, wire[0].length);
}

function followedByBreak(line: string, at: number): boolean {
  return at >= line.length || /^[\s(（【〔]/u.test(line.slice(at));
}

function plain(text: string, source: string | null, place: string | null, day: string | null): DatelineMatch {
  return { text, source, place, day, length: text.length, markup: [] };
}

function readAttribution(text: string): DatelineMatch | null {
  const match = ATTRIBUTION.exec(text);
  if (!match) return null;
  const said = match[1] ?? "";
  const source = /^[据據](.+?)(?:报道|報道|報導|消息|电|電)$/u.exec(said)?.[1]?.replace(/[《》]/g, "") ?? null;
  return { text: said, source, place: null, day: null, length: match[0].length, markup: match[2] ? [match[2]] : [] };
}
