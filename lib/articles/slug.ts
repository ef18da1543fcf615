import { randomBytes } from "node:crypto";

// Slugs are ASCII and stable. A Chinese headline does not slugify, so every
// slug is the creation date plus a short random id; an English headline adds
// a few readable words in between.
export function makeSlug(headline: string, date: Date, timeZone = "Asia/Shanghai"): string {
  const day = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
  const words = headline
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .match(/[a-z0-9]+/g);
  // Mixed text with a stray Latin word would give a misleading slug: only
  // use words when the headline is mostly Latin.
  const latinShare = (words?.join("").length ?? 0) / Math.max(1, headline.replace(/\s/g, "").length);
  const readable = words && latinShare > 0.6 ? `-${words.slice(0, 8).join("-").slice(0, 60)}` : "";
  return `${day}${readable}-${randomId()}`;
}

function randomId(): string {
  const alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
  return Array.from(randomBytes(6), (b) => alphabet[b % alphabet.length]).join("");
}
