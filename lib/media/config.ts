// Media settings from the environment (lib/env.ts). They need no database
// or auth secret, so storage and processing work in scripts and tests.
import path from "node:path";
import { mediaEnv } from "@/lib/env";

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
