// Where readers and the desk fetch a page's files: /media/pages/<id>/<width>
// for a page image, /media/pages/<id>/pdf for the PDF. Plain functions with
// no server imports, so reader and desk components share them.

/**
 * The WebP widths of a page image: a thumbnail and its double, a phone's
 * (800: 390 px at twice the pixels, about half the bytes of 1200), a wide
 * screen's or a sharp phone's, and one to zoom into.
 */
export const PAGE_WIDTHS = [300, 600, 800, 1200, 2400] as const;

export interface PageImageSize {
  width: number;
  height: number;
  bytes: number;
}

/** What a page needs to draw a page image. */
export interface PageImageRef {
  id: string;
  width: number;
  height: number;
  variants: PageImageSize[];
}

export const pageFileUrl = (pageId: string, file: number | "pdf") => `/media/pages/${pageId}/${file}`;

/** `srcset` over the page image's widths, smallest first. */
export const pageSrcSet = (page: PageImageRef, widths?: number[]) =>
  [...page.variants]
    .filter((v) => !widths || widths.includes(v.width))
    .sort((a, b) => a.width - b.width)
    .map((v) => `${pageFileUrl(page.id, v.width)} ${v.width}w`)
    .join(", ");

/** The width nearest `target` from below, else the smallest. */
export function pickPageWidth(page: PageImageRef, target: number): PageImageSize {
  const sorted = [...page.variants].sort((a, b) => a.width - b.width);
  return sorted.filter((v) => v.width <= target).at(-1) ?? sorted[0] ?? { width: page.width, height: page.height, bytes: 0 };
}

/** The stored `variants` JSON, read defensively: anything malformed is left out. */
export function readPageVariants(json: unknown): PageImageSize[] {
  if (!Array.isArray(json)) return [];
  return json.filter(
    (v): v is PageImageSize => !!v && typeof v === "object" && [v.width, v.height, v.bytes].every((n) => Number.isInteger(n) && n > 0),
  );
}
