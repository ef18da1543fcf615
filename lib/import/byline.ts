// Bylines: the 电头 plus the bracketed contributor list that opens a story,
// e.g. `本报讯 (记者 郭坤 通讯员 曹文娟 文/图)11月1日,…`. The bracket and its
// role words are typesetting, not story text; names and the dateline are kept.

import type { ContributorRole, Credit, ProposedContributor } from "./types";

export interface Byline {
  /** "本报讯", "新华社北京11月1日电", … */
  dateline: string;
  contributors: ProposedContributor[];
  /** Body text that followed the byline on the same line ("" if none). */
  rest: string;
  notes: string[];
}

// 本报讯 in simplified and traditional, or an agency 电头 such as
// 新华社北京11月1日电 / 本报北京11月1日电. The place+date part is optional but
// must look like one, so a body sentence starting 本报… is not mistaken for it.
const DATELINE =
  /^(本报讯|本報訊|(?:新华社|新華社|中新社|中新网|中新網|人民网|人民網|央视网|央視網|本报|本報)(?:\p{Script=Han}{0,8}\d{1,2}月\d{1,2}日)?[电電])/u;

// Longest first, so 摄影记者 wins over 摄影 and 记者.
const ROLE_WORDS: ReadonlyArray<readonly [string, ContributorRole]> = [
  ["摄影记者", "PHOTOGRAPHER"],
  ["攝影記者", "PHOTOGRAPHER"],
  ["通讯员", "CORRESPONDENT"],
  ["通訊員", "CORRESPONDENT"],
  ["记者", "REPORTER"],
  ["記者", "REPORTER"],
  ["摄影", "PHOTOGRAPHER"],
  ["攝影", "PHOTOGRAPHER"],
];

const CREDITS: Readonly<Record<string, Credit>> = {
  "文/图": "TEXT_AND_PHOTO",
  "图/文": "TEXT_AND_PHOTO",
  "文/圖": "TEXT_AND_PHOTO",
  "圖/文": "TEXT_AND_PHOTO",
  文: "TEXT",
  图: "PHOTO",
  圖: "PHOTO",
};

/** Full-width brackets and slashes are the same markup as half-width ones. */
function normaliseMarkup(text: string): string {
  return text.replace(/（/g, "(").replace(/）/g, ")").replace(/／/g, "/");
}

const HAS_ROLE = /记者|記者|通讯员|通訊員|摄影|攝影/;

/** Parse a line as a byline, or return null when it is not one. */
export function parseByline(line: string): Byline | null {
  const text = normaliseMarkup(line).trim();
  const match = DATELINE.exec(text);
  let dateline = match?.[1] ?? "";
  let after = text.slice(dateline.length).trimStart();
  const notes: string[] = [];

  const group = /^\(([^()]*)\)/.exec(after);
  // A bracket only counts as a contributor list when it names a role: this
  // keeps `(如图)` or `(扩大)` at a line start from being read as a byline.
  const isList = group !== null && HAS_ROLE.test(group[1] ?? "");
  if (dateline === "" && !isList) return null;

  let contributors: ProposedContributor[] = [];
  if (group && isList) {
    contributors = parseContributors(group[1] ?? "", notes);
    after = after.slice(group[0].length);
  }
  if (dateline === "") {
    // `(记者 张三)` alone: a local story whose 本报讯 was lost or omitted.
    dateline = "本报讯";
    notes.push("dateline 本报讯 assumed: byline had contributors but no 电头");
  }
  return { dateline, contributors, rest: after.trim(), notes };
}

function parseContributors(list: string, notes: string[]): ProposedContributor[] {
  const tokens = list.split(/[\s、,，]+/).filter((t) => t !== "");
  const people: ProposedContributor[] = [];
  let role: ContributorRole | null = null;
  let credit: Credit | null = null;

  for (const [i, token] of tokens.entries()) {
    const known = CREDITS[token];
    if (known) {
      credit = known;
    } else if (token === "摄" || token === "攝") {
      // A lone 摄 is a credit at the end (`记者 张三 摄`) and a role before names.
      if (i === tokens.length - 1) credit = "PHOTO";
      else role = "PHOTOGRAPHER";
    } else {
      const roleWord = ROLE_WORDS.find(([word]) => token.startsWith(word));
      if (roleWord) {
        role = roleWord[1];
        const glued = token.slice(roleWord[0].length); // `记者郭坤` without a space
        if (glued !== "") people.push({ name: glued, role, credit: null });
      } else {
        if (role === null) notes.push(`no role word before ${token}: assumed 记者`);
        people.push({ name: token, role: role ?? "REPORTER", credit: null });
      }
    }
  }

  // The credit marker covers everyone in the bracket; a photographer's
  // contribution is always the picture, whatever the marker says.
  return people.map((p) => ({
    ...p,
    credit: p.role === "PHOTOGRAPHER" ? "PHOTO" : credit,
  }));
}
