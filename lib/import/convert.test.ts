// Traditional → simplified for a simplified-character paper: text converted
// (Hong Kong and Taiwan usage to mainland), every converted personal name
// listed for a person to confirm, nothing converted without the option.
import { describe, expect, it } from "vitest";
import { importPage } from "./index";

const PAGE = [
  "高雄港貨櫃量創新高",
  "本報訊（記者 林雅婷 攝影 黃建國）高雄港務分公司統計，今年上半年高雄港貨櫃裝卸量達520萬標準箱。",
  "黃建國在碼頭拍下了貨櫃起重機作業的情景。",
].join("\n\n");

describe("convert: traditional → simplified", () => {
  it("leaves traditional text alone without the option", () => {
    const { articles, convertedNames } = importPage(PAGE);
    expect(articles[0]?.headline).toBe("高雄港貨櫃量創新高");
    expect(convertedNames).toEqual([]);
  });

  it("converts every field, Taiwan usage to mainland", () => {
    const [a] = importPage(PAGE, { convert: "tw" }).articles;
    expect(a).toMatchObject({
      headline: "高雄港货柜量创新高",
      dateline: "本报讯",
      contributors: [
        { name: "林雅婷", role: "REPORTER", title: "记者" },
        { name: "黄建国", role: "PHOTOGRAPHER", title: "摄影" },
      ],
    });
    expect(a?.paragraphs[1]).toBe("黄建国在码头拍下了货柜起重机作业的情景。");
  });

  it("lists each converted name where it was found, and notes it on the article", () => {
    const { articles, convertedNames } = importPage(PAGE, { convert: "tw" });
    expect(convertedNames).toEqual([
      { original: "黃建國", converted: "黄建国", where: "body", article: 0 },
      { original: "黃建國", converted: "黄建国", where: "contributor", article: 0 },
    ]);
    // 林雅婷 reads the same in both scripts: nothing to confirm.
    expect(convertedNames.some((n) => n.original === "林雅婷")).toBe(false);
    expect(articles[0]?.notes).toContainEqual({ key: "namesConverted" });
  });

  it("lists a name the converter may get wrong instead of converting it silently (於 as a surname)", () => {
    const page = "## 今日評論\n\n### 讀書的樂趣\n\n於謙\n\n讀書使人明智。";
    const { articles, convertedNames } = importPage(page, { convert: "hk" });
    expect(articles[0]?.author).toBe("于谦");
    expect(convertedNames).toEqual([{ original: "於謙", converted: "于谦", where: "author", article: 0 }]);
  });

  it("converts Hong Kong usage from a whole page of the corpus kind", () => {
    const [a] = importPage("港鐵新綫月底通車\n\n香港文匯報訊(記者 鄭治祖)港鐵公司昨日宣布，東鐵綫過海段延綫將於本月底通車。", { convert: "hk" }).articles;
    expect(a).toMatchObject({ headline: "港铁新线月底通车", dateline: "香港文汇报讯", contributors: [{ name: "郑治祖" }] });
  });
});
