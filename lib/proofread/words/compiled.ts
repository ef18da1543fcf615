// The word lists compiled once per version on the server, for signing a
// proofreading round and for the publish check: the version is one small
// query, and 20,000 entries are loaded and compiled again only when the
// lists changed (they take a few hundred milliseconds).
import type { DbOrTx } from "@/lib/database/client";
import { compileWords, type WordMatcher } from "./matcher";
import { loadWordList } from "./load";

/** The same version loadWordList answers, without reading the entries. */
export async function wordListVersion(db: DbOrTx): Promise<string> {
  const { _count, _max } = await db.proofWord.aggregate({ _count: { _all: true }, _max: { updatedAt: true } });
  return `${_count._all}-${_max.updatedAt?.getTime() ?? 0}`;
}

let cached: { version: string; words: WordMatcher } | null = null;

export async function compiledWordList(db: DbOrTx): Promise<WordMatcher> {
  const version = await wordListVersion(db);
  if (cached?.version === version) return cached.words;
  const list = await loadWordList(db);
  const words = compileWords(list.entries);
  cached = { version: list.version, words };
  return words;
}
