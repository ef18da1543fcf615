import { describe, expect, it } from "vitest";
import { plainToRichText } from "./from-text";
import { bodyMediaIds, photosOutsideBody, withPhotoText } from "./photo-text";
import type { RichDoc } from "./schema";

const figure = (src: string, caption = "插入时的说明") => ({ type: "figure" as const, attrs: { src, alt: "", caption, credit: "" } });
const doc = (...content: RichDoc["content"] & object[]): RichDoc => ({ type: "doc", content });

describe("the body's photos are the article's photos", () => {
  const ours = { media: { id: "m1" }, caption: "图为新建的口袋公园。", credit: "郭坤 摄", alt: "公园里的游人" };
  const another = { media: { id: "m2" }, caption: "另一张", credit: null, alt: null };
  const slotOnly = { media: null, caption: "图片待上传", credit: null, alt: null };
  const body = doc(...plainToRichText("第一段。").content!, figure("/media/m1/1024"), figure("https://example.com/a.jpg", "外链图片"));

  it("knows which of our pictures the body shows", () => {
    expect([...bodyMediaIds(body)]).toEqual(["m1"]);
    expect(bodyMediaIds(null).size).toBe(0);
  });

  it("gives a figure of one of the article's photos that photo's caption, credit and alt text; other figures keep theirs", () => {
    const drawn = withPhotoText(body, [ours, another]);
    expect(drawn.content![1]).toEqual({ type: "figure", attrs: { src: "/media/m1/1024", caption: "图为新建的口袋公园。", credit: "郭坤 摄", alt: "公园里的游人" } });
    expect(drawn.content![2]).toEqual(figure("https://example.com/a.jpg", "外链图片"));
    expect(body.content![1]!.attrs!.caption).toBe("插入时的说明");
  });

  it("draws above the body only the photos the body does not place", () => {
    expect(photosOutsideBody([ours, another, slotOnly], body)).toEqual([another, slotOnly]);
  });
});
