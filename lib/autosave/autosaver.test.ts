import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createAutosaver } from "./autosaver";
import type { AutosaverOptions, SaveState, SendOutcome } from "./types";

const fields = (body: string) => ({
  kicker: "",
  headline: "标题",
  subheadline: "",
  dateline: "本报讯",
  summary: "",
  body,
  bodyJson: null,
  contributors: [{ name: "郭坤", role: "REPORTER", credit: "TEXT", userId: null }],
});

function setup(overrides: Partial<AutosaverOptions> = {}) {
  let values: Record<string, unknown> = fields("原文");
  const storage = new Map<string, string>();
  const states: SaveState[] = [];
  const send = vi.fn<AutosaverOptions["send"]>(async (_f, id, version) => ({ ok: true, id: id ?? "new-id", version: (version ?? 0) + 1 }));
  const options: AutosaverOptions = {
    userId: "u1",
    articleId: "a1",
    enabled: true,
    serverValues: values,
    serverVersion: 3,
    getValues: () => values,
    storage: () => ({ getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => void storage.set(k, v), removeItem: (k) => void storage.delete(k) }),
    online: () => true,
    send,
    beacon: vi.fn(),
    onState: (s) => void states.push(s),
    onSaved: vi.fn(),
    onConflict: vi.fn(),
    ...overrides,
  };
  const saver = createAutosaver(options);
  const type = (body: string) => {
    values = fields(body);
    saver.changed();
  };
  return { saver, options, storage, states, send: options.send as typeof send, type, last: () => states.at(-1)?.kind };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("autosave", () => {
  it("saves once, 3 s after typing stops, over the version it knows, and drops the device copy", async () => {
    const { send, type, storage, last, options } = setup();
    type("原文，加");
    await vi.advanceTimersByTimeAsync(2_000);
    type("原文，加一句。");
    await vi.advanceTimersByTimeAsync(400);
    expect(storage.get("copydesk:unsent:u1:a1")).toContain("加一句");
    await vi.advanceTimersByTimeAsync(2_700);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]![0].body).toBe("原文，加一句。");
    expect(send.mock.calls[0]![2]).toBe(3);
    expect(last()).toBe("saved");
    expect(options.onSaved).toHaveBeenCalledWith({ ok: true, id: "a1", version: 4 }, false);
    expect(storage.has("copydesk:unsent:u1:a1")).toBe(false);
  });

  it("keeps the text on the device while offline, retries with backoff, and sends it when the network returns", async () => {
    let online = false;
    const outcomes: SendOutcome[] = [{ ok: false, reason: "offline" }];
    const { saver, send, type, storage, last } = setup({ online: () => online, send: vi.fn(async (): Promise<SendOutcome> => outcomes.shift() ?? { ok: true, id: "a1", version: 4 }) });
    type("离线时打的字");
    await vi.advanceTimersByTimeAsync(3_000);
    expect(last()).toBe("offline");
    expect(send).not.toHaveBeenCalled();
    expect(JSON.parse(storage.get("copydesk:unsent:u1:a1")!).fields.body).toBe("离线时打的字");

    online = true;
    saver.online();
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenCalledTimes(1);
    expect(last()).toBe("offline"); // the server could not be reached either
    await vi.advanceTimersByTimeAsync(4_000); // second try after 4 s (2 s was the first)
    expect(send).toHaveBeenCalledTimes(2);
    expect(last()).toBe("saved");
    expect(storage.size).toBe(0);
  });

  it("stops at a conflict until the person chooses, keeping their text", async () => {
    const { saver, send, type, storage, last, options } = setup({ send: vi.fn(async (): Promise<SendOutcome> => ({ ok: false, reason: "conflict" })) });
    type("我的版本");
    await vi.advanceTimersByTimeAsync(3_000);
    expect(last()).toBe("conflict");
    expect(options.onConflict).toHaveBeenCalledWith(expect.objectContaining({ body: "我的版本" }));
    type("我的版本，又加");
    await vi.advanceTimersByTimeAsync(10_000);
    expect(send).toHaveBeenCalledTimes(1);
    expect(storage.get("copydesk:unsent:u1:a1")).toContain("又加");

    // Take theirs: their text is put in the form, then the saver resumes from it.
    type("他们的版本");
    saver.resume(fields("他们的版本"), 7);
    expect(saver.version()).toBe(7);
    expect(storage.size).toBe(0);
    type("他们的版本，再改");
    await vi.advanceTimersByTimeAsync(3_000);
    expect(send).toHaveBeenCalledTimes(2);
    expect(send.mock.calls[1]![2]).toBe(7);
  });

  it("runs one save at a time: an autosave waits for a Save in progress", async () => {
    const { saver, send, type } = setup();
    let finish!: () => void;
    const manual = saver.exclusive(() => new Promise<void>((resolve) => (finish = resolve)));
    type("新字");
    await vi.advanceTimersByTimeAsync(3_000);
    expect(send).not.toHaveBeenCalled();
    finish();
    await manual;
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it("does not send what cannot be saved yet, and never sends when autosave is off", async () => {
    const a = setup();
    a.type("");
    (a.options.getValues() as Record<string, unknown>).headline = "";
    await vi.advanceTimersByTimeAsync(3_000);
    expect(a.send).not.toHaveBeenCalled();
    expect(a.last()).toBe("dirty");

    const b = setup({ enabled: false });
    b.type("更正的文字");
    await vi.advanceTimersByTimeAsync(10_000);
    b.saver.hidden();
    b.saver.leave();
    expect(b.send).not.toHaveBeenCalled();
    expect(b.options.beacon).not.toHaveBeenCalled();
    expect(b.storage.get("copydesk:unsent:u1:a1")).toContain("更正的文字");
  });

  it("creates a new article first, then keeps saving it under its id", async () => {
    const { send, type, storage, options } = setup({ articleId: undefined, serverVersion: undefined });
    type("新稿");
    await vi.advanceTimersByTimeAsync(400);
    expect(storage.has("copydesk:unsent:u1:new")).toBe(true);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(send.mock.calls[0]![1]).toBeUndefined();
    expect(options.onSaved).toHaveBeenCalledWith({ ok: true, id: "new-id", version: 1 }, true);
    expect(storage.size).toBe(0);
    type("新稿，续写");
    await vi.advanceTimersByTimeAsync(3_000);
    expect(send.mock.calls[1]!.slice(1, 3)).toEqual(["new-id", 1]);
  });

  it("sends a beacon with the last changes as the page is left", () => {
    const { saver, type, options } = setup();
    type("最后几个字");
    saver.leave();
    expect(options.beacon).toHaveBeenCalledWith("a1", expect.objectContaining({ body: "最后几个字" }), 3);
  });

  it("sends and keeps nothing more once it has handed its text to the form replacing it", async () => {
    const { saver, type, options, send, storage } = setup();
    type("保存后接着打的字");
    saver.handedOver();
    saver.leave();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(options.beacon).not.toHaveBeenCalled();
    expect(send).not.toHaveBeenCalled();
    expect(storage.size).toBe(0);
  });

  it("sends text handed in by the form it replaced soon, keeping the device copy only after the page is up", async () => {
    const { saver, send, storage } = setup({ getValues: () => fields("交接过来的字") });
    saver.handedIn();
    expect(storage.size).toBe(0);
    await vi.advanceTimersByTimeAsync(300);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]![0].body).toBe("交接过来的字");
    expect(storage.size).toBe(0);
  });
});
