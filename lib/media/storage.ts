// Where picture files live. The interface is what an object store (S3, OSS)
// would offer, so one can replace the disk without touching the callers.
// Keys are generated here, never taken from a request: no user-supplied path
// can reach the file system.
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { mediaConfig, s3Settings } from "./config";
import { s3Storage } from "./s3-storage";

export interface StoredObject {
  bytes: Buffer;
  contentType: string;
}

export interface MediaStorage {
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  get(key: string): Promise<StoredObject | null>;
  delete(key: string): Promise<void>;
}

/** A new random folder for one upload's files: 32 hex characters. */
export const newMediaKey = () => randomBytes(16).toString("hex");

/** The object key of one size of an upload, e.g. `3f…a1/640` or `3f…a1/original`. */
export const objectKey = (mediaKey: string, size: number | "original") => `${mediaKey}/${size}`;

// Lower-case letters, digits and single slashes between them: no "..", no
// absolute paths, no dots at all, whatever a caller passes.
const SAFE_KEY = /^[a-z0-9]+(\/[a-z0-9]+)*$/;

export function checkKey(key: string) {
  if (!SAFE_KEY.test(key) || key.length > 200) throw new Error(`invalid media key: ${JSON.stringify(key)}`);
}

/**
 * Files under `dir`, one per key, with the content type in a small sidecar
 * file. Written to a temporary name first and renamed, so a reader never
 * sees half a picture.
 */
export function diskStorage(dir: string): MediaStorage {
  const fileOf = (key: string) => path.join(dir, ...key.split("/"));
  return {
    async put(key, bytes, contentType) {
      checkKey(key);
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      const temp = `${file}.${randomBytes(6).toString("hex")}.tmp`;
      await writeFile(`${file}.type`, contentType);
      await writeFile(temp, bytes);
      await rename(temp, file);
    },
    async get(key) {
      checkKey(key);
      const file = fileOf(key);
      try {
        const [bytes, contentType] = await Promise.all([readFile(file), readFile(`${file}.type`, "utf8")]);
        return { bytes, contentType };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async delete(key) {
      checkKey(key);
      const file = fileOf(key);
      await Promise.all([rm(file, { force: true }), rm(`${file}.type`, { force: true })]);
    },
  };
}

let shared: { config: string; storage: MediaStorage } | undefined;

/**
 * The storage the app uses: the S3 bucket when S3_* is set (many instances
 * share it), otherwise the disk under MEDIA_DIR (default .data/media).
 */
export function mediaStorage(): MediaStorage {
  const s3 = s3Settings();
  const dir = mediaConfig().dir;
  // Made again only when the settings change (tests and scripts set them after import).
  const config = JSON.stringify([s3, dir]);
  if (shared?.config !== config) shared = { config, storage: s3 ? s3Storage(s3) : diskStorage(dir) };
  return shared.storage;
}

/** Where mediaStorage() keeps files, in words for scripts' messages. */
export function describeMediaStorage(): string {
  const s3 = s3Settings();
  return s3 ? `bucket ${s3.bucket} at ${s3.endpoint}` : mediaConfig().dir;
}
