// The checker run on an article as stored, with the newsroom's word lists
// and the article's ignores: what signing a round and publishing look at.
// The editor's panel runs the same checkArticle on the text being typed.
import type { DbOrTx } from "@/lib/database/client";
import { checkArticle, type ArticleCheck, type ArticleTexts } from "./check";
import { compiledWordList } from "../words/compiled";
import { articleIgnores } from "./ignores";
import { loadArticleTexts } from "./texts";

// One query after another: inside a transaction they share one connection.
export async function articleFindings(db: DbOrTx, articleId: string, texts?: ArticleTexts): Promise<ArticleCheck> {
  const stored = texts ?? (await loadArticleTexts(db, articleId));
  const words = await compiledWordList(db);
  const ignores = await articleIgnores(db, articleId);
  return checkArticle(stored, { words, ignores });
}
