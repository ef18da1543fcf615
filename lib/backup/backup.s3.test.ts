// Backups when media live in an S3 bucket (issue #14, item 5), against Ceph's
// radosgw: `npm run db:backup` reads the printed pages' files (数字报) from
// the bucket into the backup, names the bucket for the photos, and a restore
// puts the page files into another bucket with their bytes and types.
import { execFile } from "node:child_process";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { ListObjectsV2Command } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "@/lib/database/client";
import { migrate } from "@/lib/database/migrate";
import { seedDemo } from "@/lib/demo/seed";
import { s3Client, s3Storage, type S3Settings } from "@/lib/media/s3-storage";
import { createBucket } from "@/lib/testing/ceph";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/databases";
import { restoreBackup } from "./restore";

const run = promisify(execFile);
let dir: string;
let source: TestDatabase;
let target: TestDatabase;
let sourceBucket: S3Settings;

const s3Env = (bucket: S3Settings) => ({
  S3_ENDPOINT: bucket.endpoint,
  S3_BUCKET: bucket.bucket,
  S3_ACCESS_KEY_ID: bucket.accessKeyId,
  S3_SECRET_ACCESS_KEY: bucket.secretAccessKey,
  S3_REGION: bucket.region,
});

async function objects(bucket: S3Settings): Promise<Map<string, { type: string; bytes: Buffer }>> {
  const storage = s3Storage(bucket);
  const client = s3Client(bucket);
  try {
    const listed = (await client.send(new ListObjectsV2Command({ Bucket: bucket.bucket }))).Contents ?? [];
    const result = new Map<string, { type: string; bytes: Buffer }>();
    for (const { Key } of listed) {
      const object = (await storage.get(Key!))!;
      result.set(Key!, { type: object.contentType, bytes: object.bytes });
    }
    return result;
  } finally {
    client.destroy();
  }
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "copydesk-backup-s3-"));
  sourceBucket = await createBucket(inject("s3Server"));
  source = await createTestDatabase("copydesk_backup_s3");
  target = await createTestDatabase("copydesk_restore_s3");
  await migrate(source.url);
  const db = createDb(source.url, { max: 2, transactionTimeout: 120_000 });
  try {
    await seedDemo(db, { storage: s3Storage(sourceBucket) });
  } finally {
    await db.$disconnect();
  }
}, 120_000);

afterAll(async () => {
  await source?.drop();
  await target?.drop();
  await rm(dir, { recursive: true, force: true });
});

describe("npm run db:backup with S3 storage", () => {
  it("carries the page files from the bucket, says where the photos are, and restores the files into another bucket", async () => {
    const seeded = await objects(sourceBucket);
    expect(seeded.size).toBe(6);

    const file = path.join(dir, "s3.jsonl.gz");
    const mediaDir = path.join(dir, "media");
    const { stdout } = await run("npx", ["tsx", "scripts/db-backup.ts", file], {
      env: { ...process.env, DATABASE_URL: source.url, MEDIA_DIR: mediaDir, ...s3Env(sourceBucket) },
      timeout: 120_000,
    });
    expect(stdout).toMatch(/Backup written: .*, 6 printed-page files\)\./);
    expect(stdout).not.toMatch(/were not in/);
    expect(stdout).toContain(`Uploaded photos are not in it: they stay in bucket ${sourceBucket.bucket} at ${sourceBucket.endpoint}. Copy the bucket now, after the backup`);
    // The backup read the bucket and wrote nothing into MEDIA_DIR.
    expect(await readdir(dir)).toEqual(["s3.jsonl.gz"]);

    const restoredBucket = await createBucket(inject("s3Server"));
    const summary = await restoreBackup(target.url, file, { storage: s3Storage(restoredBucket) });
    expect(summary.files).toBe(6);
    const restored = await objects(restoredBucket);
    expect([...restored.keys()].sort()).toEqual([...seeded.keys()].sort());
    for (const [key, object] of seeded) {
      expect(restored.get(key)!.type, key).toBe(object.type);
      expect(Buffer.compare(restored.get(key)!.bytes, object.bytes), key).toBe(0);
    }
  });

  it("names a page file the bucket has lost instead of failing the backup", async () => {
    const [lost] = [...(await objects(sourceBucket)).keys()].sort();
    await s3Storage(sourceBucket).delete(lost!);
    const file = path.join(dir, "lost.jsonl.gz");
    const { stdout } = await run("npx", ["tsx", "scripts/db-backup.ts", file], {
      env: { ...process.env, DATABASE_URL: source.url, ...s3Env(sourceBucket) },
      timeout: 120_000,
    });
    expect(stdout).toMatch(/5 printed-page files\)\./);
    expect(stdout).toContain(`1 printed-page file(s) named in the database were not in bucket ${sourceBucket.bucket} at ${sourceBucket.endpoint}: ${lost}`);
  });
});
