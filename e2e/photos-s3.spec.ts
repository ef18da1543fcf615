// Photos in an S3 bucket (issue #14, item 5), served the way readers always
// got them: two instances of one build on one database, each with an empty
// media folder of its own, and Ceph's radosgw as the S3 server. A photo
// uploaded through A is in the bucket and on neither disk; B serves it with
// the same bytes; readers get it only once a live article uses it.
import type { ChildProcess } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { request as http } from "@playwright/test";
import pg from "pg";
import sharp from "sharp";
import { s3Storage, type S3Settings } from "@/lib/media/s3-storage";
import { expect, test } from "@/lib/testing/browser/fixtures";
import { storageState } from "@/lib/testing/browser/accounts";
import { createBucket, startCeph, type CephServer } from "@/lib/testing/ceph";
import { cloneDatabase, dropDatabases } from "@/lib/testing/databases";
import { E2E_PORT, killGroup, readTemplate, spawnServer, waitForHealth } from "@/lib/testing/browser/servers";

const ports = { a: E2E_PORT + 73, b: E2E_PORT + 74 };
const base = { a: `http://127.0.0.1:${ports.a}`, b: `http://127.0.0.1:${ports.b}` };
const SUFFIX = `s3${E2E_PORT}`;
const mediaDirOf = (port: number) => path.join(tmpdir(), `copydesk-e2e-s3-media-${port}`);

let ceph: CephServer;
let bucket: S3Settings;
let databaseUrl: string;
const servers: ChildProcess[] = [];

test.beforeAll(async () => {
  test.setTimeout(240_000);
  ceph = await startCeph();
  bucket = await createBucket(ceph);
  const { adminUrl, template } = readTemplate();
  await dropDatabases(adminUrl, `${template}_${SUFFIX}`);
  databaseUrl = await cloneDatabase(adminUrl, template, SUFFIX);
  const env = {
    S3_ENDPOINT: bucket.endpoint,
    S3_BUCKET: bucket.bucket,
    S3_ACCESS_KEY_ID: bucket.accessKeyId,
    S3_SECRET_ACCESS_KEY: bucket.secretAccessKey,
    S3_REGION: bucket.region,
    SCHEDULER: "off",
  };
  for (const port of [ports.a, ports.b]) {
    // An empty folder of its own (no copy of the template's files): nothing may be read from or written to it.
    servers.push(spawnServer(port, databaseUrl, `.data/e2e-server-${port}.log`, { ...env, MEDIA_DIR: mediaDirOf(port) }, ""));
  }
  await Promise.all(servers.map((child, i) => waitForHealth(Object.values(base)[i]!, child)));
});

test.afterAll(async () => {
  for (const child of servers) killGroup(child);
  await ceph?.stop();
  const { adminUrl, template } = readTemplate();
  await dropDatabases(adminUrl, `${template}_${SUFFIX}`);
});

async function query<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

const filesIn = (dir: string) => (existsSync(dir) ? readdirSync(dir, { recursive: true }) : []);

test("a photo uploaded through A is in the bucket, on neither disk, served by B to staff, and to readers once a live article uses it", async () => {
  const staffOnA = await http.newContext({ baseURL: base.a, storageState: storageState("reporter") });
  const png = await sharp({ create: { width: 700, height: 500, channels: 3, background: "#468" } }).png().toBuffer();
  const upload = await staffOnA.post("/api/media", { headers: { origin: base.a }, multipart: { file: { name: "现场.png", mimeType: "image/png", buffer: png } } });
  expect(upload.status(), await upload.text()).toBe(201);
  const { id } = (await upload.json()) as { id: string };
  await staffOnA.dispose();

  const [{ key }] = (await query<{ key: string }>(`SELECT key FROM "Media" WHERE id = $1`, [id])) as [{ key: string }];
  const stored = await s3Storage(bucket).get(`${key}/640`);
  expect(stored?.contentType).toBe("image/webp");
  expect(await s3Storage(bucket).get(`${key}/original`)).not.toBeNull();
  expect(filesIn(mediaDirOf(ports.a))).toEqual([]);
  expect(filesIn(mediaDirOf(ports.b))).toEqual([]);

  // Staff on B: the same bytes, kept privately.
  const staffOnB = await http.newContext({ baseURL: base.b, storageState: storageState("editor") });
  const onB = await staffOnB.get(`/media/${id}/640`);
  expect(onB.status()).toBe(200);
  expect(onB.headers()["content-type"]).toBe("image/webp");
  expect(onB.headers()["cache-control"]).toMatch(/^private/);
  expect(Buffer.compare(await onB.body(), stored!.bytes)).toBe(0);
  await staffOnB.dispose();

  // Readers: nothing while no live article uses the picture.
  for (const server of [base.a, base.b]) {
    expect((await fetch(`${server}/media/${id}/640`)).status).toBe(404);
    expect((await fetch(`${server}/media/${id}/original`)).status).toBe(404);
  }

  // Placed in a published article (arranged in the database): readers get it from B, cacheable.
  const [live] = await query<{ id: string }>(`SELECT id FROM "Article" WHERE status = 'PUBLISHED' ORDER BY "publishedAt" DESC LIMIT 1`);
  await query(`INSERT INTO "ArticlePhoto" (id, "articleId", position, caption, "mediaId") VALUES ($1, $2, 99, '现场', $3)`, [`s3photo${Date.now()}`, live!.id, id]);
  const forReaders = await fetch(`${base.b}/media/${id}/640`);
  expect(forReaders.status).toBe(200);
  expect(forReaders.headers.get("cache-control")).toMatch(/^public/);
  expect(Buffer.compare(Buffer.from(await forReaders.arrayBuffer()), stored!.bytes)).toBe(0);
  // A size the upload does not have is still a 404, whatever the bucket holds.
  expect((await fetch(`${base.b}/media/${id}/641`)).status).toBe(404);
});
