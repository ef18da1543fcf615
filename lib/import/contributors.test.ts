// Bylines: every role word is a role, never a name; credits, separators and
// padded names; bylines on their own line and at a story's end. The
// examples are bylines printed on public pages.
import { describe, expect, it } from "vitest";
import { parseByline, splitClosingByline } from "./byline";
import { importPage } from "./index";

/** "name role credit title" per contributor, for compact expectations. */
const people = (line: string) =>
  parseByline(line)?.contributors.map((c) => [c.name, c.role, c.credit, c.title].join(" ")) ?? null;

describe("role words are roles", () => {
  it.each([
    ["本报讯（记者周绍瑜）6月5日，", ["周绍瑜 REPORTER  记者"]],
    ["蚌埠新闻网讯(融媒体记者 贾铁成)", ["贾铁成 REPORTER  融媒体记者"]],
    ["本报讯（全媒体记者 王丽 见习记者 张涛 实习生 刘畅）", ["王丽 REPORTER  全媒体记者", "张涛 REPORTER  见习记者", "刘畅 REPORTER  实习生"]],
    ["本报讯（全媒记者 李强 首席记者 黄军 特约记者 周宁）", ["李强 REPORTER  全媒记者", "黄军 REPORTER  首席记者", "周宁 REPORTER  特约记者"]],
    ["本报讯（本网记者 孙悦 特约通讯员 赵五）", ["孙悦 REPORTER  本网记者", "赵五 CORRESPONDENT  特约通讯员"]],
    ["（湖北日报全媒记者 张鸿 通讯员 谢丹 齐艳 摄）", ["张鸿 REPORTER PHOTO 湖北日报全媒记者", "谢丹 CORRESPONDENT PHOTO 通讯员", "齐艳 CORRESPONDENT PHOTO 通讯员"]],
    ["香港文匯報訊(記者 鄭治祖)", ["鄭治祖 REPORTER  記者"]],
    ["本報訊（見習記者 陳美玲 特約通訊員 黃志強）", ["陳美玲 REPORTER  見習記者", "黃志強 CORRESPONDENT  特約通訊員"]],
    ["（首席记者 黄军）", ["黄军 REPORTER  首席记者"]],
    ["本报讯（摄影记者 马良）", ["马良 PHOTOGRAPHER PHOTO 摄影记者"]],
    ["本报讯（本报驻京记者 吴晓）", ["吴晓 REPORTER  本报驻京记者"]],
  ])("%s", (line, expected) => {
    expect(people(line)).toEqual(expected);
  });

  it("reads 本报评论员 as an unnamed byline, not as a name", () => {
    expect(parseByline("本报评论员")?.contributors).toEqual([{ name: "", role: "REPORTER", credit: "TEXT", title: "本报评论员" }]);
  });
});

describe("traditional characters, everywhere the simplified forms work", () => {
  it.each([
    ["本報訊（本報記者 陳美玲 實習生 李明 文/圖）", ["陳美玲 REPORTER TEXT_AND_PHOTO 本報記者", "李明 REPORTER TEXT_AND_PHOTO 實習生"]],
    ["本報訊（全媒體記者 王麗 融媒體記者 張濤 特約記者 周寧）", ["王麗 REPORTER  全媒體記者", "張濤 REPORTER  融媒體記者", "周寧 REPORTER  特約記者"]],
    ["本報訊（記者 黃志強 攝影 何嘉欣）", ["黃志強 REPORTER  記者", "何嘉欣 PHOTOGRAPHER PHOTO 攝影"]],
    ["本報訊（記者 黃志強 圖/何嘉欣）", ["黃志強 REPORTER  記者", "何嘉欣 REPORTER PHOTO 記者"]],
    ["本報訊（記者 黃志強 攝）", ["黃志強 REPORTER PHOTO 記者"]],
  ])("%s", (line, expected) => {
    expect(people(line)).toEqual(expected);
  });

  it("reads the traditional closing forms and commentator", () => {
    expect(parseByline("（據新華社電）")).toMatchObject({ closing: true, dateline: "據新華社電", source: "新華社" });
    expect(parseByline("本報評論員")?.contributors).toEqual([{ name: "", role: "REPORTER", credit: "TEXT", title: "本報評論員" }]);
    expect(parseByline("□記者 陳美玲")?.contributors.map((c) => c.name)).toEqual(["陳美玲"]);
  });
});

describe("credits", () => {
  it.each([
    ["本报讯（记者 郭坤 通讯员 曹文娟 文/图）", ["郭坤 REPORTER TEXT_AND_PHOTO 记者", "曹文娟 CORRESPONDENT TEXT_AND_PHOTO 通讯员"]],
    ["本报讯（记者 郭坤 文 图）", ["郭坤 REPORTER TEXT_AND_PHOTO 记者"]],
    ["泉州网1月7日讯 (记者林婷瑜 傅恒/文 潘登/图)", ["林婷瑜 REPORTER  记者", "傅恒 REPORTER TEXT 记者", "潘登 REPORTER PHOTO 记者"]],
    ["本报讯（记者 张三 摄）", ["张三 REPORTER PHOTO 记者"]],
    ["本报讯（记者 张三 摄影 王五）", ["张三 REPORTER  记者", "王五 PHOTOGRAPHER PHOTO 摄影"]],
    ["本报讯（记者 李四 图/王五）", ["李四 REPORTER  记者", "王五 REPORTER PHOTO 记者"]],
    ["本報訊（記者 張三 文/圖）", ["張三 REPORTER TEXT_AND_PHOTO 記者"]],
  ])("%s", (line, expected) => {
    expect(people(line)).toEqual(expected);
  });
});

describe("separators and names", () => {
  it("keeps a padded two-character name as one person", () => {
    expect(people("本报讯（本报记者  刘岩松  通讯员  曾  强）")).toEqual(["刘岩松 REPORTER  本报记者", "曾强 CORRESPONDENT  通讯员"]);
    // Full-width spaces, as typeset.
    expect(people("本报讯（记者\u3000王\u3000芳\u3000通讯员\u3000李\u3000丽）")).toEqual(["王芳 REPORTER  记者", "李丽 CORRESPONDENT  通讯员"]);
  });

  it("takes the slash between role and name as a separator, never as part of the name", () => {
    expect(people("（记者/简文湘 通讯员/罗江莉）")).toEqual(["简文湘 REPORTER  记者", "罗江莉 CORRESPONDENT  通讯员"]);
  });

  it("separates names with 、 and spaces", () => {
    expect(people("本报讯（记者 王芳、李强 通讯员 赵敏）")).toEqual(["王芳 REPORTER  记者", "李强 REPORTER  记者", "赵敏 CORRESPONDENT  通讯员"]);
  });

  it("takes a name before the first role word as a correspondent, and says it guessed", () => {
    const b = parseByline("本报讯（王小明 记者 李四）");
    expect(b?.contributors.map((c) => [c.name, c.role])).toEqual([["王小明", "CORRESPONDENT"], ["李四", "REPORTER"]]);
    expect(b?.notes).toEqual([{ key: "correspondentFirst" }]);
  });

  it("reads a bracket of names right after a 电头 without role words, as a guess", () => {
    const b = parseByline("新华社北京1月11日电(成欣)");
    expect(b?.contributors.map((c) => c.name)).toEqual(["成欣"]);
    expect(b?.notes).toEqual([{ key: "roleAssumed" }]);
  });
});

describe("bylines after a 电头, on their own line, and at the end", () => {
  it("reads 记者X报道： after a 电头, and the text after the colon", () => {
    const b = parseByline("本报广州11月28日电 记者缪鲁报道：今年以来，");
    expect(b).toMatchObject({ dateline: "本报广州11月28日电", rest: "今年以来，" });
    expect(people("本报广州11月28日电 记者缪鲁报道：")).toEqual(["缪鲁 REPORTER  记者"]);
  });

  it("reads a 电头 with an unbracketed byline", () => {
    expect(people("新华社北京1月11日电 记者 成欣")).toEqual(["成欣 REPORTER  记者"]);
  });

  it.each([
    ["本报记者 武培真", ["武培真 REPORTER  本报记者"], "□"],
    ["□记者 王芳", ["王芳 REPORTER  记者"], "□"],
    ["口记者 王芳 通讯员 李丽", ["王芳 REPORTER  记者", "李丽 CORRESPONDENT  通讯员"], "口"],
  ])("reads the stand-alone byline %s", (line, expected) => {
    const b = parseByline(line);
    expect(b?.standalone).toBe(true);
    expect(b?.dateline).toBe("");
    expect(people(line)).toEqual(expected);
  });

  it("reads closing forms", () => {
    expect(parseByline("（中新社记者 李明）")).toMatchObject({ closing: true, contributors: [{ name: "李明", title: "中新社记者" }] });
    expect(parseByline("据新华社")).toMatchObject({ closing: true, dateline: "据新华社", source: "新华社" });
    expect(parseByline("（据《人民日报》）")).toMatchObject({ closing: true, dateline: "据《人民日报》", source: "人民日报" });
    expect(splitClosingByline("会议持续两天。（中新社记者 李明）")).toMatchObject({ body: "会议持续两天。", byline: { contributors: [{ name: "李明" }] } });
  });

  it("does not take body text starting with a role word, or 据 without a source, as a byline", () => {
    for (const line of ["本报记者近日走访了电力公司。", "通讯员张三讲述了故事。", "记者从市教育局获悉，", "(如图)会议现场。", "据说明天下雨", "据了解"]) {
      expect(parseByline(line), line).toBeNull();
    }
  });
});

describe("bylines in a page", () => {
  it("does not take a stand-alone byline for a headline", () => {
    const page = "乡村里的新课堂\n\n本报记者 武培真\n\n清晨七点，村小的铃声响起。\n\n孩子们陆续走进教室。";
    const [a, ...rest] = importPage(page).articles;
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ headline: "乡村里的新课堂", dateline: "", contributors: [{ name: "武培真", title: "本报记者" }] });
    expect(a?.paragraphs).toEqual(["清晨七点，村小的铃声响起。", "孩子们陆续走进教室。"]);
  });

  it("adds a closing byline to the story above and keeps it out of the text", () => {
    const page = "# 第一条\n\n香港中通社9月27日电 特区政府宣布新措施。\n\n措施下月实施。（中新社记者 李明）\n\n# 第二条\n\n新华社北京1月11日电 会议召开。\n\n据新华社";
    const [first, second] = importPage(page).articles;
    expect(first).toMatchObject({ contributors: [{ name: "李明", title: "中新社记者" }], paragraphs: ["特区政府宣布新措施。", "措施下月实施。"] });
    // Both printed, both kept: the opening 电头 and the closing attribution.
    expect(second).toMatchObject({ dateline: "新华社北京1月11日电 据新华社", paragraphs: ["会议召开。"] });
  });

  it("takes 据新华社 as the dateline of a story that had none", () => {
    const [a] = importPage("# 标题\n\n第一段。\n\n第二段。\n\n（据新华社）").articles;
    expect(a).toMatchObject({ dateline: "据新华社", paragraphs: ["第一段。", "第二段。"] });
  });
});
