// The files a backup carries besides the rows: the printed pages' (数字报)
// PDFs and page images, read from media storage. Photos are not among
// them: MEDIA_DIR is copied alongside for those (docs/decisions/0016).
import type pg from "pg";
import { pageFileKeys } from "@/lib/epaper/files";
import { readPageVariants } from "@/lib/epaper/urls";

/** One file in a backup: its storage key, content type and bytes in base64. */
export interface FileLine {
  file: string;
  type: string;
  data: string;
}

// The keys media storage accepts (lib/media/storage.ts): nothing else is restored.
const SAFE_KEY = /^[a-z0-9]+(\/[a-z0-9]+)*$/;

export const isFileLine = (value: Record<string, unknown>): value is FileLine & Record<string, unknown> =>
  typeof value.file === "string" && SAFE_KEY.test(value.file) && value.file.length <= 200 && typeof value.type === "string" && typeof value.data === "string";

/** The storage keys of every uploaded page, as the snapshot being dumped sees them. */
export async function pageFilesOf(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ key: string; variants: unknown; pdfBytes: number }>(`SELECT key, variants, "pdfBytes" FROM "EditionPage" ORDER BY key`);
  return rows.flatMap((row) => pageFileKeys(row.key, readPageVariants(row.variants).map((v) => v.width), row.pdfBytes > 0));
}
