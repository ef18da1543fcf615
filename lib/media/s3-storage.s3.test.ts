// Pictures in an S3 bucket (issue #14, item 5), against Ceph's radosgw
// (lib/testing/ceph.ts): the storage keeps bytes and content type, and the
// app's storage is the bucket as soon as S3_* is set, with nothing on disk.
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { GetObjectCommand, ListObjectsV2Command, type S3Client } from "@aws-sdk/client-s3";
import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, vi } from "vitest";
import { createArticle } from "@/lib/articles/save";
import { createBucket } from "@/lib/testing/ceph";
import { makeUser, resetDatabase, sampleFields, testDb } from "@/lib/testing/db";
import { s3Client, s3Storage, type S3Settings } from "./s3-storage";
import { mediaStorage, newMediaKey, objectKey, type MediaStorage } from "./storage";
import { uploadMedia } from "./upload";

const db = testDb();
let bucket: S3Settings;
let client: S3Client;
let storage: MediaStorage;
let mediaDir: string;

beforeAll(async () => {
  bucket = await createBucket(inject("s3Server"));
  client = s3Client(bucket);
  storage = s3Storage(bucket);
  mediaDir = await mkdtemp(path.join(tmpdir(), "copydesk-media-s3-"));
});
afterAll(async () => {
  client?.destroy();
  await rm(mediaDir, { recursive: true, force: true });
});
beforeEach(() => resetDatabase(db));

const keysInBucket = async () => ((await client.send(new ListObjectsV2Command({ Bucket: bucket.bucket }))).Contents ?? []).map((o) => o.Key!).sort();

describe("s3Storage", () => {
  it("keeps bytes and content type under a key, and forgets them on delete", async () => {
    const key = objectKey(newMediaKey(), 640);
    const bytes = Buffer.from([0, 1, 2, 255, 0x89, 0x50, 0x4e, 0x47]);
    await storage.put(key, bytes, "image/webp");
    expect(await storage.get(key)).toEqual({ bytes, contentType: "image/webp" });
    // Another client, as another instance would be, reads the same object.
    const object = await client.send(new GetObjectCommand({ Bucket: bucket.bucket, Key: key }));
    expect(object.ContentType).toBe("image/webp");
    expect(Buffer.compare(Buffer.from(await object.Body!.transformToByteArray()), bytes)).toBe(0);

    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    await expect(storage.delete(key)).resolves.toBeUndefined();
  });

  it("answers null for a key it never had, and replaces an object whole", async () => {
    expect(await storage.get(objectKey(newMediaKey(), "original"))).toBeNull();
    const key = objectKey(newMediaKey(), 320);
    await storage.put(key, Buffer.from("first"), "image/webp");
    await storage.put(key, Buffer.from("second version"), "image/png");
    expect(await storage.get(key)).toEqual({ bytes: Buffer.from("second version"), contentType: "image/png" });
  });

  it("refuses keys that are not its own, as the disk storage does", async () => {
    for (const key of ["../outside", "/etc/passwd", "a//b", "a.type", "A/b", ""]) {
      await expect(storage.put(key, Buffer.from("x"), "image/png"), key).rejects.toThrow(/invalid media key/);
      await expect(storage.get(key), key).rejects.toThrow(/invalid media key/);
    }
  });

  it("says so when the bucket does not exist, instead of answering 'not found'", async () => {
    const missing = s3Storage({ ...bucket, bucket: "no-such-bucket-here" });
    await expect(missing.get(objectKey(newMediaKey(), 320))).rejects.toThrow();
  });
});

describe("mediaStorage with S3_* set", () => {
  const useBucket = () => {
    vi.stubEnv("S3_ENDPOINT", bucket.endpoint);
    vi.stubEnv("S3_BUCKET", bucket.bucket);
    vi.stubEnv("S3_ACCESS_KEY_ID", bucket.accessKeyId);
    vi.stubEnv("S3_SECRET_ACCESS_KEY", bucket.secretAccessKey);
    vi.stubEnv("S3_REGION", bucket.region);
    vi.stubEnv("MEDIA_DIR", mediaDir);
  };

  it("puts an upload's picture and sizes in the bucket, and nothing on disk", async () => {
    useBucket();
    const reporter = await makeUser("REPORTER");
    const article = await createArticle(db, reporter, sampleFields());
    const jpeg = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#357" } }).jpeg().toBuffer();
    const result = await uploadMedia(db, reporter, { bytes: jpeg, fileName: "现场.jpg", articleId: article.id }, { storage: mediaStorage(), maxBytes: 10 * 1024 * 1024 });

    const { key } = await db.media.findUniqueOrThrow({ where: { id: result.id } });
    const mine = (await keysInBucket()).filter((k) => k.startsWith(`${key}/`));
    expect(mine).toEqual([`${key}/320`, `${key}/640`, `${key}/800`, `${key}/original`]);
    const original = await mediaStorage().get(objectKey(key, "original"));
    expect(original?.contentType).toBe("image/jpeg");
    expect((await sharp(original!.bytes).metadata()).width).toBe(800);
    expect(await readdir(mediaDir)).toEqual([]);
  });

  it("stays on disk with no S3_* set, and refuses half an S3 configuration", async () => {
    vi.stubEnv("MEDIA_DIR", mediaDir);
    for (const name of ["S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"]) vi.stubEnv(name, undefined);
    const key = objectKey(newMediaKey(), 320);
    await mediaStorage().put(key, Buffer.from("on disk"), "image/webp");
    expect(await readdir(mediaDir)).toEqual([key.split("/")[0]]);
    expect(await storage.get(key)).toBeNull();

    vi.stubEnv("S3_ENDPOINT", bucket.endpoint);
    vi.stubEnv("S3_BUCKET", bucket.bucket);
    expect(() => mediaStorage()).toThrow(/S3 storage needs S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY as well/);
  });
});
