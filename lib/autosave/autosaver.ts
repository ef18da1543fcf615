// When the article form's text goes to the server: 3 s after typing stops,
// on blur, when the tab is hidden (a fetch) and when it is left (a beacon);
// one save at a time; while the server cannot be reached, again with
// backoff and at once when the network returns. Until the server has the
// text, a copy is kept on the device (localStorage). Plain TypeScript with
// its browser parts passed in, so the rules are unit-tested.
import { articleFieldsSchema } from "@/lib/validation/article";
import { retryDelay, textKey, unsentKey, type FormSnapshot } from "./queue";
import type { AutosaverOptions } from "./types";

export const QUIET_MS = 3_000;
// Leaves a click on Save the time to take over from a save on blur.
const BLUR_MS = 300;
const LOCAL_MS = 300;

export type Autosaver = ReturnType<typeof createAutosaver>;

export function createAutosaver(initial: AutosaverOptions) {
  let o = initial;
  let baseline = textKey(o.serverValues);
  let id = o.articleId;
  let version = o.serverVersion;
  let chain: Promise<unknown> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let localTimer: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;
  let paused = false;
  // The text went to the form replacing this one (the page moved to the new article's address).
  let handed = false;

  const key = () => unsentKey(o.userId, id);
  const currentVersion = () => Math.max(version ?? 0, o.pageVersion ?? 0) || undefined;
  const dirty = () => textKey(o.getValues()) !== baseline;
  const schedule = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void save(false), ms);
  };

  function store(write: (storage: ReturnType<AutosaverOptions["storage"]>) => void) {
    try {
      write(o.storage());
    } catch {
      // Storage full or switched off: the server's copy is all there is.
    }
  }

  function keepLocal() {
    clearTimeout(localTimer);
    const entry = { fields: o.getValues(), baseVersion: currentVersion() ?? null, changedAt: Date.now() };
    store((s) => (dirty() ? s.setItem(key(), JSON.stringify(entry)) : s.removeItem(key())));
  }

  function exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = chain.then(task);
    chain = run.catch(() => undefined);
    return run;
  }

  /** After any successful save, by autosave or by the Save button. */
  function saved(values: FormSnapshot, result: { id: string; version: number }) {
    const wasNew = !id;
    if (wasNew) store((s) => s.removeItem(key()));
    id = result.id;
    version = result.version;
    baseline = textKey(values);
    attempt = 0;
    paused = false;
    o.onSaved(result, wasNew);
    o.onState({ kind: "saved", at: new Date() });
    keepLocal();
    if (dirty() && o.enabled) schedule(QUIET_MS);
  }

  /** Someone else saved first: nothing more is sent until the person chooses. */
  function conflict(values: FormSnapshot) {
    paused = true;
    clearTimeout(timer);
    keepLocal();
    o.onState({ kind: "conflict" });
    o.onConflict(values);
  }

  function offline() {
    keepLocal();
    o.onState({ kind: "offline" });
    if (o.enabled) schedule(retryDelay(attempt++));
  }

  const save = (leaving: boolean) =>
    exclusive(async () => {
      clearTimeout(timer);
      const values = o.getValues();
      if (!o.enabled || paused || textKey(values) === baseline) return;
      // Not yet savable (no headline): it stays on this device meanwhile.
      const parsed = articleFieldsSchema.safeParse(values);
      if (!parsed.success) return o.onState({ kind: "dirty" });
      if (!o.online()) return offline();
      o.onState({ kind: "saving" });
      const outcome = await o.send(parsed.data, id, currentVersion(), leaving);
      if (outcome.ok) saved(values, outcome);
      else if (outcome.reason === "conflict") conflict(values);
      else if (outcome.reason === "offline") offline();
      else o.onState({ kind: "error", message: outcome.message });
    });

  return {
    update: (next: AutosaverOptions) => void (o = next),
    id: () => id,
    version: currentVersion,
    storageKey: key,
    exclusive,
    saved,
    conflict,
    offline,
    /** The form changed. */
    changed() {
      if (!dirty()) return;
      clearTimeout(localTimer);
      // Offline, every keystroke is kept at once: the device is all there is.
      if (!o.online()) keepLocal();
      else localTimer = setTimeout(keepLocal, LOCAL_MS);
      if (!paused) o.onState({ kind: o.online() ? "dirty" : "offline" });
      if (o.enabled && !paused) schedule(QUIET_MS);
    },
    /** On blur: soon, unless a click on Save takes over (hold). */
    soon: () => o.enabled && dirty() && schedule(BLUR_MS),
    hold: () => clearTimeout(timer),
    /** Saves what is typed now (before a workflow move) and answers the version. */
    flush: async () => {
      await save(false);
      return currentVersion();
    },
    hidden() {
      keepLocal();
      void save(true);
    },
    /**
     * This form gives way to the article's own page after its first save, and
     * hands its text over (app/[lang]/desk/articles/hand-over.ts): the new
     * form saves it and keeps the device's copy, so this one sends and keeps
     * nothing more — a beacon now would race the new form's first save.
     */
    handedOver() {
      handed = true;
      clearTimeout(timer);
      clearTimeout(localTimer);
    },
    /**
     * The text in the form was handed in by the form this one replaced: it
     * is sent soon, and kept on the device as typing is — not at once, so the
     * check for unsent text as the page comes up does not take it for some.
     */
    handedIn() {
      if (!dirty()) return;
      clearTimeout(localTimer);
      localTimer = setTimeout(keepLocal, LOCAL_MS);
      o.onState({ kind: "dirty" });
      if (o.enabled && !paused) schedule(BLUR_MS);
    },
    /** A beacon is all a page being left can still send; the copy on the device covers its failure. */
    leave() {
      if (handed) return;
      keepLocal();
      const parsed = articleFieldsSchema.safeParse(o.getValues());
      if (o.enabled && !paused && id && dirty() && parsed.success && o.online()) o.beacon(id, parsed.data, currentVersion()!);
    },
    online() {
      attempt = 0;
      if (dirty()) schedule(0);
    },
    wentOffline() {
      if (!dirty() || paused) return;
      keepLocal();
      o.onState({ kind: "offline" });
    },
    /** After the conflict view: `values` is now what the server has, at version `at`. */
    resume(values: FormSnapshot, at: number) {
      baseline = textKey(values);
      version = at;
      paused = false;
      keepLocal();
      o.onState({ kind: "idle" });
    },
    /** The unsent text is back in the form: keep the copy and send it. */
    restored() {
      keepLocal();
      schedule(0);
    },
    dispose() {
      clearTimeout(timer);
      clearTimeout(localTimer);
    },
  };
}
