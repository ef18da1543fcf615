// The word lists in the desk: list, add, change, delete. Chief editors and
// admins keep them (policy "proofread:words"); every reporter's checker
// reads them through load.ts.
import type { Db } from "@/lib/database/client";
import { authorize, type Actor } from "@/lib/auth/policy";
import { isUniqueViolation } from "@/lib/admin/refusal";
import { AppError } from "@/lib/errors";
import { proofWordSchema, type ProofWordInput } from "@/lib/validation/proof-words";
import type { WordCategory } from "../types";

export type WordRefusalReason = "term_taken" | "word_not_found";

/** A refusal the desk shows in its own words (messages.ts). */
export class WordRefusal extends AppError {
  constructor(
    readonly reason: WordRefusalReason,
    readonly term?: string,
  ) {
    super("invalid_input", reason);
  }
}

export const wordFields = { id: true, term: true, category: true, replacement: true, note: true, updatedAt: true } as const;

export interface WordQuery {
  category?: WordCategory;
  /** Part of the term, the replacement or the note. */
  search?: string;
  skip?: number;
  take?: number;
}

export async function listWords(db: Db, actor: Actor | null, query: WordQuery = {}) {
  authorize(actor, "proofread:words");
  const search = query.search?.trim();
  const where = {
    ...(query.category ? { category: query.category } : {}),
    ...(search
      ? { OR: (["term", "replacement", "note"] as const).map((field) => ({ [field]: { contains: search, mode: "insensitive" as const } })) }
      : {}),
  };
  const [words, total] = await Promise.all([
    db.proofWord.findMany({
      where,
      select: wordFields,
      orderBy: [{ category: "asc" }, { term: "asc" }, { id: "asc" }],
      skip: Math.max(0, query.skip ?? 0),
      take: Math.min(500, Math.max(1, query.take ?? 100)),
    }),
    db.proofWord.count({ where }),
  ]);
  return { words, total };
}

function parse(input: ProofWordInput) {
  const parsed = proofWordSchema.safeParse(input);
  if (!parsed.success) throw new AppError("invalid_input", parsed.error.issues[0]?.message);
  return parsed.data;
}

const taken = (term: string) => (error: unknown) => Promise.reject(isUniqueViolation(error) ? new WordRefusal("term_taken", term) : error);

export async function addWord(db: Db, actor: Actor | null, input: ProofWordInput) {
  authorize(actor, "proofread:words");
  const data = parse(input);
  if (await db.proofWord.findUnique({ where: { term: data.term }, select: { id: true } })) throw new WordRefusal("term_taken", data.term);
  return db.proofWord.create({ data: { ...data, createdById: actor.id }, select: wordFields }).catch(taken(data.term));
}

export async function updateWord(db: Db, actor: Actor | null, id: string, input: ProofWordInput) {
  authorize(actor, "proofread:words");
  const data = parse(input);
  const other = await db.proofWord.findUnique({ where: { term: data.term }, select: { id: true } });
  if (other && other.id !== id) throw new WordRefusal("term_taken", data.term);
  const updated = await db.proofWord.updateManyAndReturn({ where: { id }, data, select: wordFields }).catch(taken(data.term));
  if (updated.length === 0) throw new WordRefusal("word_not_found");
  return updated[0]!;
}

export async function deleteWord(db: Db, actor: Actor | null, id: string) {
  authorize(actor, "proofread:words");
  const deleted = await db.proofWord.deleteMany({ where: { id } });
  if (deleted.count === 0) throw new WordRefusal("word_not_found");
}
