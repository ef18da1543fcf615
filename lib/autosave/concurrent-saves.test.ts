// Two people's autosavers send their text over the same version at the same
// moment, 100 rounds, against the real database: exactly one save wins each
// round, the other gets a conflict, and neither text is lost — the winner's
// is the article (and a revision), the loser's stays on the loser's device
// and goes to the conflict view.
import { beforeEach, describe, expect, it } from "vitest";
import { createArticle, updateArticle } from "@/lib/articles/save";
import type { Actor } from "@/lib/auth/policy";
import { isAppError } from "@/lib/errors";
import { makeUser, resetDatabase, sampleFields, testDb } from "@/lib/testing/db";
import { transition } from "@/lib/workflow/transition";
import { createAutosaver } from "./autosaver";
import { readEntry, unsentKey, type FormSnapshot } from "./queue";
import type { SendOutcome } from "./types";

const db = testDb();
beforeEach(() => resetDatabase(db));

const ROUNDS = 100;

/** One person's editor: a real autosaver whose send is the autosave route's domain call. */
function person(actor: Actor, articleId: string, startVersion: number) {
  const storage = new Map<string, string>();
  let values: FormSnapshot = sampleFields();
  const outcome = { won: 0, conflicts: [] as FormSnapshot[] };
  const saver = createAutosaver({
    userId: actor.id,
    articleId,
    enabled: true,
    serverValues: values,
    serverVersion: startVersion,
    getValues: () => values,
    storage: () => ({ getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => void storage.set(k, v), removeItem: (k) => void storage.delete(k) }),
    online: () => true,
    async send(fields, id, version): Promise<SendOutcome> {
      try {
        const saved = await updateArticle(db, actor, id!, version!, fields, { kind: "AUTOSAVE" });
        return { ok: true, id: saved.id, version: saved.version };
      } catch (error) {
        if (isAppError(error) && error.code === "conflict") return { ok: false, reason: "conflict" };
        throw error;
      }
    },
    beacon: () => undefined,
    onState: () => undefined,
    onSaved: () => void outcome.won++,
    onConflict: (mine) => void outcome.conflicts.push(mine),
  });
  return {
    saver,
    outcome,
    /** What this device keeps until the server has it. */
    kept: () => readEntry(storage.get(unsentKey(actor.id, articleId)) ?? null),
    type(body: string) {
      values = sampleFields({ body });
      saver.changed();
    },
    /** The text and version are now what the server has (the conflict view's "take theirs"). */
    reload(body: string, version: number) {
      values = sampleFields({ body });
      saver.resume(values, version);
    },
  };
}

describe("concurrent autosaves from the same version", () => {
  it(`${ROUNDS} rounds: exactly one wins, the other gets a conflict, both texts are kept`, async () => {
    const reporter = await makeUser("REPORTER");
    const editor = await makeUser("EDITOR");
    const { id } = await createArticle(db, reporter, sampleFields());
    // Submitted: two editors work on the same copy.
    await transition(db, reporter, { articleId: id, name: "submit", expectedVersion: 1 });
    const otherEditor = await makeUser("EDITOR");
    const a = person(editor, id, 2);
    const b = person(otherEditor, id, 2);

    for (let round = 1; round <= ROUNDS; round++) {
      const version = round + 1;
      const textA = `第${round}轮，编辑甲的稿子。`;
      const textB = `第${round}轮，编辑乙的稿子。`;
      a.type(textA);
      b.type(textB);
      const before = { aWon: a.outcome.won, bWon: b.outcome.won, conflicts: a.outcome.conflicts.length + b.outcome.conflicts.length };
      await Promise.all([a.saver.flush(), b.saver.flush()]);

      const aWon = a.outcome.won - before.aWon;
      const bWon = b.outcome.won - before.bWon;
      expect(aWon + bWon, `round ${round}: winners`).toBe(1);
      expect(a.outcome.conflicts.length + b.outcome.conflicts.length - before.conflicts, `round ${round}: conflicts`).toBe(1);
      const [winner, loser, winText, loseText] = aWon ? [a, b, textA, textB] : [b, a, textB, textA];

      // The winner's text is the article's, and is kept as a revision.
      const row = await db.article.findUniqueOrThrow({ where: { id }, select: { body: true, version: true } });
      expect(row, `round ${round}`).toEqual({ body: winText, version: version + 1 });
      const revision = await db.articleRevision.findFirst({ where: { articleId: id, version: version + 1 }, select: { snapshot: true } });
      expect((revision?.snapshot as { body?: string } | undefined)?.body, `round ${round}: revision`).toBe(winText);
      // The loser's text was not written anywhere on the server, and is kept
      // on the loser's device and handed to the conflict view.
      expect(loser.outcome.conflicts.at(-1)?.body, `round ${round}: conflict view`).toBe(loseText);
      expect(loser.kept()?.fields.body, `round ${round}: device copy`).toBe(loseText);
      expect(winner.kept(), `round ${round}: winner's device copy cleared`).toBeNull();

      // The loser takes the winner's text (as after "Take theirs") for the next round.
      loser.reload(winText, version + 1);
    }
  }, 120_000);
});
