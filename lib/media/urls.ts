// Where readers and the desk fetch a picture: /media/<id>/<width>. Plain
// functions with no server imports, so reader and desk components share them.

export interface MediaVariant {
  width: number;
  height: number;
  bytes: number;
}

/** What a page needs to draw a picture: its id, size and the WebP widths it has. */
export interface MediaRef {
  id: string;
  width: number;
  height: number;
  variants: MediaVariant[];
}

export const mediaUrl = (id: string, size: number | "original") => `/media/${id}/${size}`;

/** `srcset` over the WebP sizes, smallest first. */
export const mediaSrcSet = (media: MediaRef) =>
  [...media.variants]
    .sort((a, b) => a.width - b.width)
    .map((v) => `${mediaUrl(media.id, v.width)} ${v.width}w`)
    .join(", ");

/** The size to put in `src`: the one nearest `target` from below, else the smallest. */
export function pickVariant(media: MediaRef, target: number): MediaVariant | undefined {
  const sorted = [...media.variants].sort((a, b) => a.width - b.width);
  return sorted.filter((v) => v.width <= target).at(-1) ?? sorted[0];
}

/** The stored `variants` JSON, read defensively: anything malformed is left out. */
export function readVariants(json: unknown): MediaVariant[] {
  if (!Array.isArray(json)) return [];
  return json.filter(
    (v): v is MediaVariant => !!v && typeof v === "object" && [v.width, v.height, v.bytes].every((n) => Number.isInteger(n) && n > 0),
  );
}
