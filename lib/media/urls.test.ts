import { describe, expect, it } from "vitest";
import { readLimited } from "./read-body";
import { mediaSrcSet, mediaUrl, pickVariant, readVariants } from "./urls";

const media = { id: "m1", width: 1000, height: 500, variants: [{ width: 640, height: 320, bytes: 2 }, { width: 320, height: 160, bytes: 1 }, { width: 1000, height: 500, bytes: 3 }] };

describe("picture URLs", () => {
  it("list every WebP size, smallest first, without a file extension", () => {
    expect(mediaUrl("m1", "original")).toBe("/media/m1/original");
    expect(mediaSrcSet(media)).toBe("/media/m1/320 320w, /media/m1/640 640w, /media/m1/1000 1000w");
  });

  it("pick the size at or below a target, else the smallest", () => {
    expect(pickVariant(media, 800)?.width).toBe(640);
    expect(pickVariant(media, 100)?.width).toBe(320);
    expect(pickVariant({ ...media, variants: [] }, 800)).toBeUndefined();
  });

  it("read the stored JSON defensively", () => {
    expect(readVariants([{ width: 320, height: 160, bytes: 10 }, { width: "x" }, null, { width: 0, height: 1, bytes: 1 }])).toEqual([{ width: 320, height: 160, bytes: 10 }]);
    expect(readVariants({ width: 320 })).toEqual([]);
  });
});

describe("readLimited", () => {
  const stream = (...chunks: number[]) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (const size of chunks) controller.enqueue(new Uint8Array(size).fill(7));
        controller.close();
      },
    });

  it("returns the whole body within the limit", async () => {
    expect((await readLimited(stream(3, 4), 10))?.length).toBe(7);
    expect((await readLimited(null, 10))?.length).toBe(0);
  });

  it("stops at the first chunk past the limit", async () => {
    expect(await readLimited(stream(6, 6, 6), 10)).toBeNull();
  });
});
