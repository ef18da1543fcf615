"use server";

import { z } from "zod";
import { staffAction } from "@/lib/actions/staff-action";
import { getDb } from "@/lib/db";
import { WordedRefusal } from "@/lib/errors";
import { fill } from "@/lib/i18n/messages";
import { WordCsvRefused } from "@/lib/proofread/words/csv-rows";
import { addWord, deleteWord, updateWord, WordRefusal } from "@/lib/proofread/words/manage";
import { describeCsvErrors, wordRefusalMessage } from "@/lib/proofread/words/messages";
import { installStarterWords } from "@/lib/proofread/words/starter";
import { exportWordsCsv, importWordsCsv } from "@/lib/proofread/words/transfer";
import { deleteProofWordSchema, importProofWordsSchema, proofWordSchema, updateProofWordSchema } from "@/lib/validation/proof-words";

// The word lists are read by the editor through /api/proofread/words, by
// version: a change here makes a new version, so nothing is revalidated.

/** The word lists' own refusals, said in the reader's words (a taken term, every bad row of a file). */
function worded(error: unknown): never {
  if (error instanceof WordRefusal) throw new WordedRefusal("invalid_input", error.reason, (m) => wordRefusalMessage(m, error));
  if (error instanceof WordCsvRefused) throw new WordedRefusal("invalid_input", "word_csv_refused", (m) => describeCsvErrors(m, error.errors).join("\n"));
  throw error;
}

export const addWordAction = staffAction(proofWordSchema, async ({ actor, input, messages }) => {
  const word = await addWord(getDb(), actor, input).catch(worded);
  return { data: { id: word.id }, message: fill(messages.proofWords.added, { term: word.term }) };
});

export const updateWordAction = staffAction(updateProofWordSchema, async ({ actor, input, messages }) => {
  const { id, ...fields } = input;
  const word = await updateWord(getDb(), actor, id, fields).catch(worded);
  return { data: null, message: fill(messages.proofWords.saved, { term: word.term }) };
});

export const deleteWordAction = staffAction(deleteProofWordSchema.extend({ term: z.string().max(100).default("") }), async ({ actor, input, messages }) => {
  await deleteWord(getDb(), actor, input.id).catch(worded);
  return { data: null, message: fill(messages.proofWords.deleted, { term: input.term }) };
});

export const importWordsAction = staffAction(importProofWordsSchema, async ({ actor, input, messages }) => {
  const result = await importWordsCsv(getDb(), actor, input.csv, input.mode).catch(worded);
  return { data: result, message: fill(messages.proofWords.imported, { ...result }) };
});

export const exportWordsAction = staffAction(z.object({}), async ({ actor }) => ({ data: await exportWordsCsv(getDb(), actor) }));

export const installStarterAction = staffAction(z.object({}), async ({ actor, messages }) => {
  const count = await installStarterWords(getDb(), actor);
  return { data: null, message: fill(messages.proofWords.starterInstalled, { count }) };
});
