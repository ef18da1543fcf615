// The upload checks with real pictures made here by sharp: what is accepted
// comes out re-encoded and stripped; everything else is refused by content.
import { crc32, deflateSync } from "node:zlib";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { MediaError, processImage, variantWidths } from "./process";

const MB = 1024 * 1024;
const options = { maxBytes: 10 * MB };

const picture = (width: number, height: number, channels: 3 | 4 = 3) =>
  sharp({ create: { width, height, channels, background: { r: 40, g: 120, b: 200, alpha: 0.5 } } });

/** A phone photo: EXIF with the camera, the owner and GPS, stored sideways (orientation 6). */
const phoneJpeg = () =>
  picture(800, 600)
    .withExif({
      IFD0: { Make: "TestCam", Copyright: "owner-secret" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "33/1 37/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "114/1 38/1 0/1" },
    })
    .withMetadata({ orientation: 6 })
    .jpeg()
    .toBuffer();

/** A PNG whose header claims `width` × `height` pixels over a few bytes of compressed zeros. */
function pngClaiming(width: number, height: number) {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body) >>> 0, 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(Buffer.alloc(100))), chunk("IEND", Buffer.alloc(0))]);
}

async function refusal(input: Buffer, opts: Parameters<typeof processImage>[1] = options) {
  const error = await processImage(input, opts).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(MediaError);
  return (error as MediaError).code;
}

describe("processImage accepts", () => {
  it("a phone JPEG: turned upright, re-encoded as JPEG, with no EXIF, GPS or other metadata left", async () => {
    const input = await phoneJpeg();
    const before = await sharp(input).metadata();
    expect(before.exif).toBeDefined();
    // The GPS IFD pointer tag (0x8825), in either byte order.
    expect(before.exif!.includes(Buffer.from([0x88, 0x25])) || before.exif!.includes(Buffer.from([0x25, 0x88]))).toBe(true);

    const out = await processImage(input, options);
    expect(out).toMatchObject({ mimeType: "image/jpeg", width: 600, height: 800 });
    for (const file of [out.data, ...out.variants.map((v) => v.data)]) {
      const meta = await sharp(file).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(meta.iptc).toBeUndefined();
      expect(meta.orientation).toBeUndefined();
      expect(file.includes(Buffer.from("owner-secret"))).toBe(false);
      expect(file.includes(Buffer.from("TestCam"))).toBe(false);
    }
    expect((await sharp(out.data).metadata()).format).toBe("jpeg");
    expect(out.variants.map((v) => [v.width, v.height])).toEqual([[320, 427], [600, 800]]);
  });

  it("a PNG, kept as PNG (transparency survives), with WebP sizes", async () => {
    const out = await processImage(await picture(400, 300, 4).png().toBuffer(), options);
    expect(out).toMatchObject({ mimeType: "image/png", width: 400, height: 300 });
    expect((await sharp(out.data).metadata()).hasAlpha).toBe(true);
    expect(out.variants.map((v) => v.width)).toEqual([320, 400]);
    for (const v of out.variants) expect((await sharp(v.data).metadata()).format).toBe("webp");
  });

  it("a large WebP: every standard width, none larger than 1600", async () => {
    const out = await processImage(await picture(2400, 1200).webp().toBuffer(), options);
    expect(out).toMatchObject({ mimeType: "image/webp", width: 2400, height: 1200 });
    expect(out.variants.map((v) => [v.width, v.height])).toEqual([[320, 160], [640, 320], [1024, 512], [1600, 800]]);
  });

  it("a JPEG with a script appended: the re-encoding leaves the script behind", async () => {
    const input = Buffer.concat([await picture(100, 100).jpeg().toBuffer(), Buffer.from("<script>alert(1)</script>")]);
    const out = await processImage(input, options);
    expect(out.data.includes(Buffer.from("<script>"))).toBe(false);
  });
});

describe("processImage refuses", () => {
  it("an SVG, even a valid one (it can carry script)", async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>');
    expect(await refusal(svg)).toBe("upload_not_image");
  });

  it("a text file named .jpg: the name and claimed type are never asked", async () => {
    expect(await refusal(Buffer.from("<?php system($_GET['c']); ?>\n"))).toBe("upload_not_image");
  });

  it("a GIF", async () => {
    expect(await refusal(await picture(10, 10).gif().toBuffer())).toBe("upload_not_image");
  });

  it("a polyglot: JPEG magic bytes over HTML, which sharp cannot decode", async () => {
    const polyglot = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from("<html><script>alert(1)</script></html>")]);
    expect(await refusal(polyglot)).toBe("upload_not_image");
  });

  it("a truncated JPEG", async () => {
    const jpeg = await picture(300, 300).jpeg().toBuffer();
    expect(await refusal(jpeg.subarray(0, jpeg.length / 2))).toBe("upload_not_image");
  });

  it("an empty file", async () => {
    expect(await refusal(Buffer.alloc(0))).toBe("upload_empty");
  });

  it("a file over the size limit, before looking at it", async () => {
    const jpeg = await picture(200, 200).jpeg().toBuffer();
    expect(await refusal(jpeg, { maxBytes: jpeg.length - 1 })).toBe("upload_too_large");
  });

  it("a pixel flood: a header claiming 30000 × 30000, refused without decoding", async () => {
    expect(await refusal(pngClaiming(30_000, 30_000))).toBe("upload_too_many_pixels");
  });

  it("a real picture over a lower pixel limit", async () => {
    expect(await refusal(await picture(1200, 1000).png().toBuffer(), { maxBytes: 10 * MB, maxPixels: 1_000_000 })).toBe("upload_too_many_pixels");
  });
});

describe("variantWidths", () => {
  it("takes the standard widths below the picture's own, then its own up to 1600", () => {
    expect(variantWidths(200)).toEqual([200]);
    expect(variantWidths(320)).toEqual([320]);
    expect(variantWidths(1000)).toEqual([320, 640, 1000]);
    expect(variantWidths(1600)).toEqual([320, 640, 1024, 1600]);
    expect(variantWidths(4000)).toEqual([320, 640, 1024, 1600]);
  });
});
