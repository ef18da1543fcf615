// A byline's list of people: `本报记者  刘岩松  通讯员  曾  强`,
// `记者林婷瑜 傅恒/文 潘登/图`, `记者/简文湘 通讯员/罗江莉`,
// `湖北日报全媒记者 张鸿 通讯员 谢丹 齐艳 摄`. Role words and credits are
// typesetting (reported as markup); names are kept exactly as printed.

import { combineCredits, creditOf, rolePhraseAt } from "./roles";
import type { ContributorRole, Credit, ProposedContributor } from "./types";

export interface ParsedList {
  contributors: ProposedContributor[];
  markup: string[];
  /** Some role was not printed and had to be assumed. */
  roleGuessed: boolean;
  /** Notes for the editor: which kind of guess. */
  guesses: ("correspondentFirst" | "roleAssumed")[];
}

interface Person {
  name: string;
  role: ContributorRole | null;
  title: string | null;
  credit: Credit | null;
}

const HAN_CHAR = /^\p{Script=Han}$/u;
// A name is short: the longest Han names in a byline are four characters
// (复姓 + two); names with · (阿依古丽·买买提) are longer; Latin names are words.
const NAME = /^(?:\p{Script=Han}{1,4}|\p{Script=Han}{1,8}·[\p{Script=Han}·]{1,10}|[A-Za-z][A-Za-z .'-]{0,30})$/u;

/** Splits at spaces (any width, already made plain), 、 and commas; separators are markup. */
function tokens(list: string): { tokens: string[]; markup: string[] } {
  const markup = list.match(/[、,，;；]/g) ?? [];
  return { tokens: list.split(/[\s、,，;；]+/u).filter((t) => t !== ""), markup };
}

/**
 * Two one-character tokens in a row are one padded two-character name
 * (`曾  强`): print pads them to the width of three-character names.
 */
function joinPadded(list: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const a = list[i] ?? "";
    const b = list[i + 1];
    const single = (t: string | undefined) => t !== undefined && HAN_CHAR.test(t) && creditOf(t) === null;
    if (single(a) && single(b)) {
      out.push(a + b);
      i++;
    } else {
      out.push(a);
    }
  }
  return out;
}

/** Reads a list; null when a token is neither role, credit nor plausible name. */
export function parseList(list: string): ParsedList | null {
  const split = tokens(list);
  const markup = [...split.markup];
  const people: Person[] = [];
  let role: ContributorRole | null = null;
  let title: string | null = null;
  let listCredit: Credit | null = null;
  const words = joinPadded(split.tokens);

  for (const [i, token] of words.entries()) {
    const credit = creditOf(token);
    if (credit !== null && token !== "摄" && token !== "攝") {
      listCredit = combineCredits(listCredit, credit);
      markup.push(token);
      continue;
    }
    if (token === "摄" || token === "攝") {
      // A lone 摄 is a credit at the end (`记者 张三 摄`) and a role before names.
      if (i === words.length - 1) listCredit = combineCredits(listCredit, "PHOTO");
      else [role, title] = ["PHOTOGRAPHER", token];
      markup.push(token);
      continue;
    }
    const phrase = rolePhraseAt(token);
    if (phrase) {
      role = phrase.role;
      title = phrase.text;
      markup.push(phrase.text);
      // `记者周绍瑜` glued, `记者/简文湘` with a slash.
      let rest = token.slice(phrase.text.length);
      const slash = /^[/:：]/.exec(rest)?.[0];
      if (slash) {
        markup.push(slash);
        rest = rest.slice(1);
      }
      if (rest !== "") {
        const person = personOf(rest, role, title, markup);
        if (person === null) return null;
        people.push(person);
      }
      continue;
    }
    const person = personOf(token, role, title, markup);
    if (person === null) return null;
    people.push(person);
  }
  if (people.length === 0 && title === null) return null;
  return finish(people, role, title, listCredit, markup);
}

/** `傅恒/文`, `图/潘登`, `齐艳摄`, or a plain name. */
function personOf(token: string, role: ContributorRole | null, title: string | null, markup: string[]): Person | null {
  const slash = /^(.+?)\/(.+)$/u.exec(token);
  if (slash) {
    const [left = "", right = ""] = [slash[1], slash[2]];
    const after = creditOf(right);
    const before = creditOf(left);
    if (after !== null && isName(left)) {
      markup.push("/", right);
      return { name: left, role, title, credit: after };
    }
    if (before !== null && isName(right)) {
      markup.push(left, "/");
      return { name: right, role, title, credit: before };
    }
    return null;
  }
  const glued = /^(.{2,4})([摄攝])$/u.exec(token);
  if (glued && isName(glued[1] ?? "")) {
    markup.push(glued[2] ?? "");
    return { name: glued[1] ?? "", role, title, credit: "PHOTO" };
  }
  return isName(token) ? { name: token, role, title, credit: null } : null;
}

function isName(text: string): boolean {
  return NAME.test(text) && rolePhraseAt(text) === null;
}

function finish(people: Person[], lastRole: ContributorRole | null, lastTitle: string | null, listCredit: Credit | null, markup: string[]): ParsedList {
  const guesses: ParsedList["guesses"] = [];
  const sawRole = lastRole !== null;
  const contributors: ProposedContributor[] = people.map((p) => {
    let role = p.role;
    if (role === null) {
      // Names before the first role word: a correspondent is named first
      // without one (`王小明 记者 李四`). With no role word at all, a credit
      // says what they did; else a reporter is the likeliest.
      if (sawRole) {
        role = "CORRESPONDENT";
        if (!guesses.includes("correspondentFirst")) guesses.push("correspondentFirst");
      } else {
        role = (p.credit ?? listCredit) === "PHOTO" ? "PHOTOGRAPHER" : "REPORTER";
        if (!guesses.includes("roleAssumed")) guesses.push("roleAssumed");
      }
    }
    // The list's credit covers everyone without their own; a
    // photographer's contribution is always the picture.
    const credit = role === "PHOTOGRAPHER" ? "PHOTO" : (p.credit ?? listCredit);
    return { name: p.name, role, credit, title: p.title };
  });
  // A role word with nobody after it (本报评论员) is an unnamed byline.
  if (contributors.length === 0 && lastTitle !== null && lastRole !== null) {
    contributors.push({ name: "", role: lastRole, credit: listCredit ?? "TEXT", title: lastTitle });
  }
  return { contributors, markup, roleGuessed: guesses.length > 0, guesses };
}
