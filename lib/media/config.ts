// Media settings from the environment (lib/env.ts). They need no database
// or auth secret, so storage and processing work in scripts and tests.
import path from "node:path";
import { mediaEnv, s3Env } from "@/lib/env";
import type { S3Settings } from "./s3-storage";

export interface MediaConfig {
  /** Where the disk storage keeps the files. */
  dir: string;
  /** The largest upload accepted, in bytes. */
  maxBytes: number;
  /** The largest printed page (数字报) accepted, in bytes. */
  pageMaxBytes: number;
}

export function mediaConfig(): MediaConfig {
  const { MEDIA_DIR, MEDIA_MAX_BYTES, PAGE_MAX_BYTES } = mediaEnv();
  return {
    dir: path.resolve(/* turbopackIgnore: true */ MEDIA_DIR ?? path.join(/* turbopackIgnore: true */ process.cwd(), ".data", "media")),
    maxBytes: MEDIA_MAX_BYTES,
    pageMaxBytes: PAGE_MAX_BYTES,
  };
}

/** The object store for media when S3_* is set, else null (the disk). Half a configuration is refused. */
export function s3Settings(): S3Settings | null {
  const env = s3Env();
  const required = { S3_ENDPOINT: env.S3_ENDPOINT, S3_BUCKET: env.S3_BUCKET, S3_ACCESS_KEY_ID: env.S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY: env.S3_SECRET_ACCESS_KEY };
  const missing = Object.entries(required).filter(([, value]) => !value).map(([name]) => name);
  if (missing.length === 4) return null;
  if (missing.length) throw new Error(`Copydesk cannot run with this configuration:\n  - S3 storage needs ${missing.join(", ")} as well (set all of S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, or none).`);
  return { endpoint: env.S3_ENDPOINT!, bucket: env.S3_BUCKET!, region: env.S3_REGION, accessKeyId: env.S3_ACCESS_KEY_ID!, secretAccessKey: env.S3_SECRET_ACCESS_KEY! };
}
