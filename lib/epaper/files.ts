// The files of an uploaded page in media storage (the photos' storage,
// lib/media/storage.ts): under the page's random key, one object per WebP
// width and one for the PDF, e.g. `3f…a1/1200` and `3f…a1/pdf`.

export const pageObjectKey = (key: string, file: number | "pdf") => `${key}/${file}`;

/** Every object of a page: one per image width, and its PDF. */
export const pageFileKeys = (key: string, widths: number[], hasPdf: boolean): string[] => [
  ...widths.map((width) => pageObjectKey(key, width)),
  ...(hasPdf ? [pageObjectKey(key, "pdf")] : []),
];
