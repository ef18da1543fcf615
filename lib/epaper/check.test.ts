// A page upload is judged by its bytes: the name and the claimed type are never asked.
import { describe, expect, it } from "vitest";
import { checkPageFile, PageRefused, sniffPageFile } from "./check";

const bytes = (...values: number[]) => Uint8Array.from(values);
const text = (s: string) => new TextEncoder().encode(s);

describe("sniffPageFile", () => {
  it("knows a PDF by its header, even after a little junk", () => {
    expect(sniffPageFile(text("%PDF-1.7\n%âãÏÓ\n1 0 obj"))).toBe("pdf");
    expect(sniffPageFile(text(`${" ".repeat(500)}%PDF-1.4`))).toBe("pdf");
  });

  it("knows JPEG and PNG scans by their signatures", () => {
    expect(sniffPageFile(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe("jpeg");
    expect(sniffPageFile(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe("png");
  });

  it("refuses anything else: text, HTML, a GIF, a PDF header too far in", () => {
    expect(sniffPageFile(text("第03版 开发区"))).toBeNull();
    expect(sniffPageFile(text("<html><script>alert(1)</script>"))).toBeNull();
    expect(sniffPageFile(text("GIF89a"))).toBeNull();
    expect(sniffPageFile(text(`${" ".repeat(2000)}%PDF-1.4`))).toBeNull();
  });
});

describe("checkPageFile", () => {
  const refusal = (input: Uint8Array, max = 1000) => {
    try {
      checkPageFile(input, max);
    } catch (error) {
      expect(error).toBeInstanceOf(PageRefused);
      // The action wrapper turns invalid_input + reason into the translated sentence.
      expect((error as PageRefused).code).toBe("invalid_input");
      return (error as PageRefused).reason;
    }
    return null;
  };

  it("refuses an empty file, one over the limit, and one that is not a page", () => {
    expect(refusal(new Uint8Array(0))).toBe("page_file_empty");
    expect(refusal(text(`%PDF-1.4${"x".repeat(2000)}`))).toBe("page_file_too_large");
    expect(refusal(text("not a page at all"))).toBe("page_file_not_page");
  });

  it("accepts a PDF within the limit and says what it is", () => {
    expect(checkPageFile(text("%PDF-1.4 …"), 1000)).toBe("pdf");
  });
});
