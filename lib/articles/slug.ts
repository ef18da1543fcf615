import { randomBytes } from "node:crypto";

// Slugs are ASCII and stable. A Chinese headline does not slugify, so every
// slug is the creation date plus a short random id; an English headline adds
// a few readable words in between.
export function makeSlug(headline: string, date: Date, timeZone = "Asia/Shanghai"): string {
  const day = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
  const words = headline
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/['’]/g, "")
    .toLowerCase()
    .match(/[a-z0-9]+/g);
  // Mixed text with a stray Latin word would give a misleading slug: only
  // use words when the headline is mostly Latin.
  const latinShare = (words?.join("").length ?? 0) / Math.max(1, headline.replace(/\s/g, "").length);
  const readable = words && latinShare > 0.6 ? `-${wholeWords(words, 60)}` : "";
  return `${day}${readable}-${randomId()}`;
}

function randomId(): string {
  const alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
  return Array.from(randomBytes(6), (b) => alphabet[b % alphabet.length]).join("");
}

/** As many whole words as fit in `max` characters, never a word cut in half. */
function wholeWords(words: string[], max: number): string {
  let out = words[0]!.slice(0, max);
  for (const word of words.slice(1)) {
    if (out.length + 1 + word.length > max) break;
    out += `-${word}`;
  }
  return out;
}
