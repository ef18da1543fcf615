// 电头 / 讯头 of every common form: the text as printed, and the source,
// place and day where the page prints them. One small input per form.
import { describe, expect, it } from "vitest";
import { readDateline } from "./dateline";
import { importPage } from "./index";

const read = (line: string) => {
  const d = readDateline(line);
  return d && { text: d.text, source: d.source, place: d.place, day: d.day };
};

describe("讯头", () => {
  it.each([
    ["本报讯（记者周绍瑜）6月5日，", { text: "本报讯", source: "本报", place: null, day: null }],
    ["本報訊（記者 張三）", { text: "本報訊", source: "本報", place: null, day: null }],
    ["本报10月28日讯 近日，", { text: "本报10月28日讯", source: "本报", place: null, day: "10月28日" }],
    ["湖北日报讯（记者 张三）", { text: "湖北日报讯", source: "湖北日报", place: null, day: null }],
    ["楚天都市报讯 记者 王五", { text: "楚天都市报讯", source: "楚天都市报", place: null, day: null }],
    ["扬子晚报讯(记者 王五)", { text: "扬子晚报讯", source: "扬子晚报", place: null, day: null }],
    ["蚌埠新闻网讯(融媒体记者 贾铁成)", { text: "蚌埠新闻网讯", source: "蚌埠新闻网", place: null, day: null }],
    ["泉州网1月7日讯 (记者林婷瑜 傅恒/文 潘登/图)", { text: "泉州网1月7日讯", source: "泉州网", place: null, day: "1月7日" }],
    ["香港文匯報訊(記者 鄭治祖)", { text: "香港文匯報訊", source: "香港文匯報", place: null, day: null }],
    ["西和讯（通讯员 王强）", { text: "西和讯", source: "西和", place: null, day: null }],
  ])("%s", (line, expected) => {
    expect(read(line)).toEqual(expected);
  });
});

describe("电头", () => {
  it.each([
    ["新华社北京1月11日电(记者 成欣)", { text: "新华社北京1月11日电", source: "新华社", place: "北京", day: "1月11日" }],
    ["新華社北京1月11日電（記者 成欣）", { text: "新華社北京1月11日電", source: "新華社", place: "北京", day: "1月11日" }],
    ["本报广州11月28日电 记者缪鲁报道：", { text: "本报广州11月28日电", source: "本报", place: "广州", day: "11月28日" }],
    ["香港中通社9月27日电 特区政府宣布，", { text: "香港中通社9月27日电", source: "中通社", place: "香港", day: "9月27日" }],
    ["中新社北京９月２７日电 (记者 李明)", { text: "中新社北京９月２７日电", source: "中新社", place: "北京", day: "９月２７日" }],
    ["新华社北京电 记者 成欣", { text: "新华社北京电", source: "新华社", place: "北京", day: null }],
  ])("%s", (line, expected) => {
    expect(read(line)).toEqual(expected);
  });
});

describe("attribution and bracketed forms", () => {
  it.each([
    ["本报讯 据长江日报消息：", { text: "本报讯 据长江日报消息", source: "本报", place: null, day: null }],
    ["据新华社报道：近日，", { text: "据新华社报道", source: "新华社", place: null, day: null }],
    ["據《明報》報導：", { text: "據《明報》報導", source: "明報", place: null, day: null }],
    ["【明報專訊】港府昨日宣布，", { text: "明報專訊", source: "明報", place: null, day: null }],
    ["〔即時新聞/綜合報導〕", { text: "即時新聞/綜合報導", source: null, place: null, day: null }],
  ])("%s", (line, expected) => {
    expect(read(line)).toEqual(expected);
  });
});

describe("sentences that only look like datelines", () => {
  it.each([
    "本报记者近日走访了电力公司。",
    "本报通讯员张三讲述了他的故事。",
    "据新华社报道，日前会议召开。",
    "据了解，全市已建成公园十座。",
    "群众闻讯赶来。",
    "简讯",
    "通讯 记者的一天",
    "本报社区电力保障有力。",
  ])("%s", (line) => {
    expect(readDateline(line)).toBeNull();
  });
});

describe("in an imported story", () => {
  it("gives the dateline's place and date, the year from the edition", () => {
    const [a] = importPage("# 标题\n\n新华社北京1月11日电(记者 成欣)外交部发言人今天表示，\n\n双方将继续合作。", { editionDate: "2024-01-12" }).articles;
    expect(a).toMatchObject({
      dateline: "新华社北京1月11日电",
      datelineParts: { source: "新华社", place: "北京", date: "2024-01-11" },
      fields: { dateline: { how: "read", reason: "datelineRead" } },
    });
  });

  it("keeps a dateline's brackets and colons out of the text", () => {
    const [a] = importPage("# 港府推出新措施\n\n【明報專訊】港府昨日宣布新措施。").articles;
    expect(a?.dateline).toBe("明報專訊");
    expect(a?.paragraphs).toEqual(["港府昨日宣布新措施。"]);
  });

  it("reads 据…消息： after the paper's own dateline", () => {
    const [a] = importPage("# 标题\n\n本报讯 据长江日报消息：武汉今年新建公园20座。").articles;
    expect(a?.dateline).toBe("本报讯 据长江日报消息");
    expect(a?.paragraphs).toEqual(["武汉今年新建公园20座。"]);
  });
});
