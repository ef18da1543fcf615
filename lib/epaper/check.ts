// What a page upload may be, judged by its bytes alone: a PDF, or a JPEG or
// PNG scan. The file name and the browser's claimed type are never asked.
import { AppError } from "@/lib/errors";

export type PageSource = "pdf" | "jpeg" | "png";

export const SOURCE_TYPES: Record<PageSource, string> = { pdf: "application/pdf", jpeg: "image/jpeg", png: "image/png" };

/** Why an upload was refused; each names a sentence in `messages.validation`. */
export type PageRefusal =
  | "page_file_missing"
  | "page_file_empty"
  | "page_file_too_large"
  | "page_file_not_page"
  | "page_file_encrypted"
  | "page_file_unreadable"
  | "page_file_several_pages"
  | "page_file_too_many_pages"
  | "page_file_shape"
  | "page_file_too_many_pixels";

/** A refused upload: an `invalid_input` whose message names the reason, so the action wrapper says it in the user's language. */
export class PageRefused extends AppError {
  constructor(
    readonly reason: PageRefusal,
    readonly detail?: string,
  ) {
    super("invalid_input", reason);
    this.name = "PageRefused";
  }
}

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
// The PDF header may follow a little junk (the format allows 1,024 bytes of it).
const PDF_HEADER_WITHIN = 1024;

/** What the bytes are, or null for anything that is neither a PDF nor a JPEG or PNG. */
export function sniffPageFile(bytes: Uint8Array): PageSource | null {
  if (bytes.length >= 8 && PNG.every((b, i) => bytes[i] === b)) return "png";
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpeg";
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PDF_HEADER_WITHIN + 5)).toString("latin1");
  return head.includes("%PDF-") ? "pdf" : null;
}

/** The checks that need nothing but the bytes and the limit; what the file holds is checked when it is rendered. */
export function checkPageFile(bytes: Uint8Array, maxBytes: number): PageSource {
  if (bytes.length === 0) throw new PageRefused("page_file_empty");
  if (bytes.length > maxBytes) throw new PageRefused("page_file_too_large");
  const source = sniffPageFile(bytes);
  if (!source) throw new PageRefused("page_file_not_page");
  return source;
}
