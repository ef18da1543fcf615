// The checker run on an article as stored, with the newsroom's word lists
// and the article's ignores: what signing a round and publishing look at.
// The editor's panel runs the same checkArticle on the text being typed.
import type { DbOrTx } from "@/lib/database/client";
import { checkArticle, type ArticleCheck, type ArticleTexts } from "./check";
import { compiledWordList } from "../words/compiled";
import { articleIgnores } from "./ignores";
import { loadArticleTexts } from "./texts";

export async function articleFindings(db: DbOrTx, articleId: string, texts?: ArticleTexts): Promise<ArticleCheck> {
  const [stored, words, ignores] = await Promise.all([texts ?? loadArticleTexts(db, articleId), compiledWordList(db), articleIgnores(db, articleId)]);
  return checkArticle(stored, { words, ignores });
}
