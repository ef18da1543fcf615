// Chief editors and admins keep the word lists; nobody else may touch them,
// and a refused call changes nothing.
import { beforeEach, describe, expect, it } from "vitest";
import { makeUser, resetDatabase, testDb } from "@/lib/testing/db";
import { compileWords } from "../words/matcher";
import { checkText } from "../check";
import { loadWordList } from "./load";
import { addWord, deleteWord, listWords, updateWord, WordRefusal } from "./manage";
import { installStarterWords, STARTER_WORDS } from "./starter";
import { exportWordsCsv, importWordsCsv } from "./transfer";

const db = testDb();
beforeEach(async () => {
  await resetDatabase(db);
  await db.proofWord.deleteMany();
});

const all = () => db.proofWord.findMany({ orderBy: { term: "asc" } });

describe("word lists", () => {
  it("adds, lists, changes and deletes entries", async () => {
    const chief = await makeUser("CHIEF_EDITOR");
    const word = await addWord(db, chief, { term: " 好的很 ", category: "WRONG_FORM", replacement: "好得很", note: "" });
    expect(word).toMatchObject({ term: "好的很", category: "WRONG_FORM", replacement: "好得很", note: null });
    expect((await db.proofWord.findUniqueOrThrow({ where: { id: word.id } })).createdById).toBe(chief.id);

    await addWord(db, chief, { term: "最佳", category: "CAUTION" });
    expect((await listWords(db, chief)).words.map((w) => w.term)).toEqual(["最佳", "好的很"]);
    expect(await listWords(db, chief, { category: "WRONG_FORM" })).toMatchObject({ total: 1, words: [{ term: "好的很" }] });
    expect(await listWords(db, chief, { search: "得很" })).toMatchObject({ total: 1, words: [{ term: "好的很" }] });

    const changed = await updateWord(db, chief, word.id, { term: "好的很", category: "WRONG_FORM", replacement: "好得很", note: "的/地/得" });
    expect(changed.note).toBe("的/地/得");
    await deleteWord(db, chief, word.id);
    expect((await all()).map((w) => w.term)).toEqual(["最佳"]);
  });

  it("refuses a term the list already has, and an entry that is gone", async () => {
    const admin = await makeUser("ADMIN");
    const first = await addWord(db, admin, { term: "惟一", category: "VARIANT", replacement: "唯一" });
    const second = await addWord(db, admin, { term: "成份", category: "VARIANT", replacement: "成分" });
    const before = await all();
    await expect(addWord(db, admin, { term: "惟一", category: "CAUTION" })).rejects.toMatchObject({ reason: "term_taken", term: "惟一" });
    await expect(updateWord(db, admin, second.id, { term: "惟一", category: "VARIANT" })).rejects.toBeInstanceOf(WordRefusal);
    await expect(updateWord(db, admin, "missing", { term: "新词", category: "VARIANT" })).rejects.toMatchObject({ reason: "word_not_found" });
    await expect(deleteWord(db, admin, "missing")).rejects.toMatchObject({ reason: "word_not_found" });
    await expect(addWord(db, admin, { term: "  ", category: "BANNED" })).rejects.toMatchObject({ code: "invalid_input", message: "term_required" });
    await expect(addWord(db, admin, { term: "两\n行", category: "BANNED" })).rejects.toMatchObject({ message: "term_multiline" });
    await expect(addWord(db, admin, { term: "词", category: "OTHER" as never })).rejects.toMatchObject({ message: "category_invalid" });
    expect(await all()).toEqual(before);
    expect(first.id).not.toBe(second.id);
  });

  it("refuses reporters and editors everything, and changes nothing", async () => {
    const chief = await makeUser("CHIEF_EDITOR");
    const word = await addWord(db, chief, { term: "最佳", category: "CAUTION" });
    const before = await all();
    for (const role of ["REPORTER", "EDITOR"] as const) {
      const actor = await makeUser(role);
      const forbidden = { code: "forbidden" };
      await expect(listWords(db, actor)).rejects.toMatchObject(forbidden);
      await expect(addWord(db, actor, { term: "新词", category: "BANNED" })).rejects.toMatchObject(forbidden);
      await expect(updateWord(db, actor, word.id, { term: "最佳", category: "BANNED" })).rejects.toMatchObject(forbidden);
      await expect(deleteWord(db, actor, word.id)).rejects.toMatchObject(forbidden);
      await expect(importWordsCsv(db, actor, "term,category\n新词,BANNED")).rejects.toMatchObject(forbidden);
      await expect(exportWordsCsv(db, actor)).rejects.toMatchObject(forbidden);
      await expect(installStarterWords(db, actor)).rejects.toMatchObject(forbidden);
    }
    await expect(addWord(db, null, { term: "新词", category: "BANNED" })).rejects.toMatchObject({ code: "unauthenticated" });
    expect(await all()).toEqual(before);
  });

  it("hands the checker the lists with a version that changes with them", async () => {
    const chief = await makeUser("CHIEF_EDITOR");
    const empty = await loadWordList(db);
    expect(empty.entries).toEqual([]);
    const word = await addWord(db, chief, { term: "好的很", category: "WRONG_FORM", replacement: "好得很" });
    const one = await loadWordList(db);
    expect(one.entries).toEqual([{ term: "好的很", category: "WRONG_FORM", replacement: "好得很", note: null }]);
    expect(one.version).not.toBe(empty.version);
    const words = compileWords(one.entries);
    expect(checkText("说得好的很", { words })).toMatchObject([{ rule: "wordWrongForm", start: 2, end: 5, fix: "好得很" }]);
    await deleteWord(db, chief, word.id);
    expect((await loadWordList(db)).version).toBe(empty.version);
  });

  it("installs the starter list once, leaving the newsroom's own entries as they are", async () => {
    const chief = await makeUser("CHIEF_EDITOR");
    await addWord(db, chief, { term: "最佳", category: "BANNED", note: "本报不用" });
    expect(await installStarterWords(db, chief)).toBe(STARTER_WORDS.length - 1);
    expect(await installStarterWords(db, chief)).toBe(0);
    expect(await db.proofWord.count()).toBe(STARTER_WORDS.length);
    expect(await db.proofWord.findUniqueOrThrow({ where: { term: "最佳" } })).toMatchObject({ category: "BANNED", note: "本报不用" });
  });
});
