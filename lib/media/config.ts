// Media settings from the environment, parsed once. Kept apart from
// lib/env.ts so that storage and processing work in scripts and tests that
// have no database or auth secret configured.
import path from "node:path";
import { z } from "zod";

const schema = z.object({
  MEDIA_DIR: z.string().min(1).optional(),
  MEDIA_MAX_BYTES: z.coerce
    .number({ error: "MEDIA_MAX_BYTES must be a number of bytes." })
    .int()
    .positive("MEDIA_MAX_BYTES must be a number of bytes.")
    .default(10 * 1024 * 1024),
});

export interface MediaConfig {
  /** Where the disk storage keeps the files. */
  dir: string;
  /** The largest upload accepted, in bytes. */
  maxBytes: number;
}

let cached: MediaConfig | undefined;

export function mediaConfig(): MediaConfig {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) throw new Error(`Copydesk cannot start:\n${parsed.error.issues.map((i) => `  - ${i.message}`).join("\n")}`);
  cached = {
    dir: path.resolve(/* turbopackIgnore: true */ parsed.data.MEDIA_DIR ?? path.join(/* turbopackIgnore: true */ process.cwd(), ".data", "media")),
    maxBytes: parsed.data.MEDIA_MAX_BYTES,
  };
  return cached;
}
