// Turns an upload into pictures safe to publish. Trust nothing about the
// upload but its bytes: the format is what sharp finds in the content (not
// the file name, not the browser's claimed type), and everything that leaves
// here is a fresh encoding, so EXIF, GPS, XMP and anything smuggled after the
// image data are gone.
import sharp, { type Sharp } from "sharp";

export const MEDIA_TYPES = { jpeg: "image/jpeg", png: "image/png", webp: "image/webp" } as const;
export type MediaType = (typeof MEDIA_TYPES)[keyof typeof MEDIA_TYPES];

/** The responsive sizes readers get, as WebP. */
export const WIDTHS = [320, 640, 1024, 1600] as const;
/** 40 megapixels: a large camera frame; more is a decompression bomb, not a photo. */
export const MAX_PIXELS = 40_000_000;

export type MediaErrorCode = "upload_empty" | "upload_too_large" | "upload_not_image" | "upload_too_many_pixels";

/** A refusal the uploader can act on; the code names a message in `messages.media.errors`. */
export class MediaError extends Error {
  constructor(
    readonly code: MediaErrorCode,
    detail?: string,
  ) {
    super(detail ?? code);
    this.name = "MediaError";
  }
}

export const isMediaError = (error: unknown): error is MediaError => error instanceof MediaError;

export interface ProcessOptions {
  maxBytes: number;
  maxPixels?: number;
}

export interface ImageData {
  width: number;
  height: number;
  data: Buffer;
}

export interface ProcessedImage extends ImageData {
  mimeType: MediaType;
  variants: ImageData[];
}

/** The sizes to make: the standard widths below the picture's own, and its own width up to the largest. */
export function variantWidths(width: number): number[] {
  const largest = WIDTHS[WIDTHS.length - 1]!;
  const widths: number[] = WIDTHS.filter((w) => w < width);
  if (width <= largest) widths.push(width);
  return widths;
}

export async function processImage(input: Buffer, options: ProcessOptions): Promise<ProcessedImage> {
  const maxPixels = options.maxPixels ?? MAX_PIXELS;
  if (input.length === 0) throw new MediaError("upload_empty");
  if (input.length > options.maxBytes) throw new MediaError("upload_too_large");

  // Reading the header decodes no pixels, so the size can be checked before
  // a pixel flood gets the chance to fill the memory.
  const meta = await sharp(input, { limitInputPixels: false }).metadata().catch((error: Error) => {
    throw new MediaError("upload_not_image", error.message);
  });
  const format = meta.format as string | undefined;
  if (format !== "jpeg" && format !== "png" && format !== "webp") throw new MediaError("upload_not_image", `format ${format}`);
  if (!meta.width || !meta.height) throw new MediaError("upload_not_image", "no dimensions");
  if (meta.width * meta.height > maxPixels) throw new MediaError("upload_too_many_pixels");

  // Upright by the EXIF orientation first: re-encoding drops the EXIF that says how to turn it.
  // "error" (not "warning") still accepts camera files with a harmless quirk.
  const open = (): Sharp => sharp(input, { limitInputPixels: maxPixels, failOn: "error" }).autoOrient();
  try {
    const master = await encodeMaster(open(), format).toBuffer({ resolveWithObject: true });
    const variants = await Promise.all(
      variantWidths(master.info.width).map(async (width) => {
        const { data, info } = await open().resize({ width }).webp({ quality: 80 }).toBuffer({ resolveWithObject: true });
        return { width: info.width, height: info.height, data };
      }),
    );
    return { mimeType: MEDIA_TYPES[format], width: master.info.width, height: master.info.height, data: master.data, variants };
  } catch (error) {
    // A header that parses over data that does not (a truncated file, a polyglot).
    throw new MediaError("upload_not_image", (error as Error).message);
  }
}

/** The full-size copy in its own family: JPEG stays JPEG (quality 82), PNG keeps its transparency. */
function encodeMaster(image: Sharp, format: "jpeg" | "png" | "webp"): Sharp {
  if (format === "jpeg") return image.jpeg({ quality: 82, mozjpeg: true });
  if (format === "png") return image.png();
  return image.webp({ quality: 82 });
}
