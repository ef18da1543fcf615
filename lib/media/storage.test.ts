import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diskStorage, newMediaKey, objectKey, type MediaStorage } from "./storage";

let dir: string;
let storage: MediaStorage;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "copydesk-media-"));
  storage = diskStorage(dir);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("diskStorage", () => {
  it("keeps bytes and content type under a key, and forgets them on delete", async () => {
    const key = objectKey(newMediaKey(), 640);
    await storage.put(key, Buffer.from("picture"), "image/webp");
    expect(await storage.get(key)).toEqual({ bytes: Buffer.from("picture"), contentType: "image/webp" });
    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    await expect(storage.delete(key)).resolves.toBeUndefined();
  });

  it("answers null for a key it never had", async () => {
    expect(await storage.get(objectKey(newMediaKey(), "original"))).toBeNull();
  });

  it("replaces an object whole and leaves no temporary file behind", async () => {
    const media = newMediaKey();
    await storage.put(objectKey(media, 320), Buffer.from("first"), "image/webp");
    await storage.put(objectKey(media, 320), Buffer.from("second"), "image/webp");
    expect((await storage.get(objectKey(media, 320)))?.bytes.toString()).toBe("second");
    expect((await readdir(path.join(dir, media))).sort()).toEqual(["320", "320.type"]);
  });

  it("refuses keys that could leave its folder or name another file", async () => {
    for (const key of ["../outside", "a/../../b", "/etc/passwd", "a//b", "a.type", "A/b", "", "a\\b"]) {
      await expect(storage.put(key, Buffer.from("x"), "image/png"), key).rejects.toThrow(/invalid media key/);
      await expect(storage.get(key), key).rejects.toThrow(/invalid media key/);
    }
  });
});

describe("newMediaKey", () => {
  it("is random hex, never derived from a name", () => {
    const keys = new Set(Array.from({ length: 50 }, newMediaKey));
    expect(keys.size).toBe(50);
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{32}$/);
  });
});
