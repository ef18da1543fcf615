// Headline stacks without marks, and the lines that are never headlines.
// One small page per rule.
import { describe, expect, it } from "vitest";
import { importPage } from "./index";

const stack = (page: string) => importPage(page).articles.map((a) => [a.kicker, a.headline, a.subheadline]);

describe("headline stacks without markers", () => {
  it("reads kicker, headline and ——subheadline above a dateline", () => {
    expect(stack("市民出行更便捷\n南京地铁7号线南段开通\n——莫愁湖到西善桥只需25分钟\n扬子晚报讯（记者 蔡蕴琦）10月14日，地铁开通。"))
      .toEqual([["市民出行更便捷", "南京地铁7号线南段开通", "——莫愁湖到西善桥只需25分钟"]]);
  });

  it("reads a stack above a stand-alone byline", () => {
    expect(stack("老艺人的皮影情缘\n\n——记皮影戏传承人陈老汉\n\n本报记者 武培真\n\n走进工作室，墙上挂满了皮影。"))
      .toEqual([[null, "老艺人的皮影情缘", "——记皮影戏传承人陈老汉"]]);
  });

  it("splits a stack the OCR joined with spaces on one line", () => {
    expect(stack("稳就业 促增收 全市新增城镇就业2.1万人\n\n本报讯（记者 黄丽）今年新增就业2.1万人。"))
      .toEqual([["稳就业 促增收", "全市新增城镇就业2.1万人", null]]);
    expect(stack("公交车上的“移动课堂” ——记公交驾驶员刘师傅\n\n□记者 王芳\n\n每天早上6点，刘师傅出发了。"))
      .toEqual([[null, "公交车上的“移动课堂”", "——记公交驾驶员刘师傅"]]);
    expect(stack("秋季送温暖 志愿者走进敬老院\n\n本报讯（记者 王莹）志愿者走进敬老院。"))
      .toEqual([["秋季送温暖", "志愿者走进敬老院", null]]);
  });

  it("keeps a couplet of near-equal halves as one headline", () => {
    expect(stack("银杏叶黄 游人如织\n\n扬子晚报记者 顾炜 摄\n\n10月14日，游客拍摄银杏美景。")).toEqual([[null, "银杏叶黄 游人如织", null]]);
  });

  it("reads a stack with a ——subheadline and no byline between two stories", () => {
    const page = "第一条\n\n本报讯 第一段结束。\n\n河道清淤保安澜\n——全市河道清淤工作见闻\n汛期将至，清淤工作已完成九成。";
    expect(stack(page)).toEqual([[null, "第一条", null], [null, "河道清淤保安澜", "——全市河道清淤工作见闻"]]);
    expect(importPage(page).articles[1]?.fields.headline).toEqual({ how: "guessed", reason: "headlineAboveSubheadline" });
  });

  it("orders `#` levels: a smaller heading above a bigger one is its kicker", () => {
    expect(stack("### 优化营商环境 服务企业发展\n\n# 开发区“企业服务日”活动启动\n\n本报讯 活动启动。"))
      .toEqual([["优化营商环境 服务企业发展", "开发区“企业服务日”活动启动", null]]);
  });

  it("reads a whole **bold** line as a headline, a bold numbered line as a subhead inside the story", () => {
    const [a, ...rest] = importPage("**新建标准化厂房交付使用**\n\n**本报讯** (记者 郭坤)厂房交付使用。\n\n**一、厂房配套齐全**\n\n厂房配有货梯。").articles;
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ headline: "新建标准化厂房交付使用", paragraphs: ["厂房交付使用。", "一、厂房配套齐全", "厂房配有货梯。"] });
    expect(a?.fields.headline).toEqual({ how: "read", reason: "headlineFromBold" });
  });

  it("reads ## column then ### headline, and a bare column name over a bare headline", () => {
    expect(importPage("## 今日评论\n\n### 依法治理保安全\n\n李清华\n\n评论正文。").articles[0]).toMatchObject({ column: "今日评论", headline: "依法治理保安全", author: "李清华" });
    const page = "本报讯 上一条。\n\n时评\n\n公共场所禁烟需要常抓不懈\n\n李晓晴\n\n禁烟不能一阵风。";
    expect(importPage(page).articles[1]).toMatchObject({ column: "时评", headline: "公共场所禁烟需要常抓不懈", author: "李晓晴", type: "COMMENTARY" });
  });

  it("takes a commentary signed 本报评论员 as commentary, the signature as an unnamed byline", () => {
    const [a] = importPage("### 把好事办实 把实事办好\n\n本报评论员\n\n为民办实事，贵在“实”字。").articles;
    expect(a).toMatchObject({ type: "COMMENTARY", contributors: [{ name: "", title: "本报评论员" }] });
  });
});

describe("lines that are not headlines", () => {
  it("sets page credits, jump lines and the page header aside as furniture", () => {
    const page = "第02版 县区新闻\n\n城区新增停车位\n\n本报讯（记者 刘岩松）新增停车位800个。（下转第三版）\n\n值班编委/张广 本版编辑/陈广江\n\n责编：郑洁 校对：刘云";
    const result = importPage(page);
    expect(result.articles.map((a) => a.headline)).toEqual(["城区新增停车位"]);
    expect(result.articles[0]?.paragraphs).toEqual(["新增停车位800个。"]);
    expect(result.furniture).toHaveLength(4);
    expect(result.furniture).toEqual(expect.arrayContaining([
      { text: "第02版 县区新闻", kind: "header", afterArticle: null },
      { text: "（下转第三版）", kind: "jump", afterArticle: 0 },
      { text: "值班编委/张广 本版编辑/陈广江", kind: "credits", afterArticle: 0 },
      { text: "责编：郑洁 校对：刘云", kind: "credits", afterArticle: 0 },
    ]));
  });

  it("sets a jump line on its own line aside", () => {
    const result = importPage("# 标题\n\n本报讯 第一段。\n\n(下转第2版)\n\n# 下一条\n\n本报讯 正文。");
    expect(result.articles.map((a) => a.paragraphs)).toEqual([["第一段。"], ["正文。"]]);
    expect(result.furniture).toEqual([{ text: "(下转第2版)", kind: "jump", afterArticle: 0 }]);
  });

  it("opens a story continued from another page at its （上接…） line", () => {
    const page = "本报讯（记者 甲）第一条正文。\n\n全县春播工作会议召开\n\n（上接第一版）各乡镇要抓住农时。";
    const result = importPage(page);
    expect(result.articles.map((a) => [a.headline, a.paragraphs])).toEqual([["", ["第一条正文。"]], ["全县春播工作会议召开", ["各乡镇要抓住农时。"]]]);
    expect(result.furniture).toEqual([{ text: "（上接第一版）", kind: "jump", afterArticle: 1 }]);
  });

  it("keeps 编者按 and its ——编 者 in the story, and the byline after them", () => {
    const [a, ...rest] = importPage("# 读者来信\n\n编者按：本报收到读者来信。\n\n——编 者\n\n本报讯（记者 张三）交警支队表示将施划斑马线。").articles;
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ subheadline: null, dateline: "本报讯", paragraphs: ["编者按：本报收到读者来信。", "——编者", "交警支队表示将施划斑马线。"] });
  });

  it("reads a list of leaders under the headline as its subhead, not as a headline", () => {
    expect(stack("全市防汛工作会议召开\n\n李楚 卢新华 陈丽华参加\n\n本报讯（记者 张晓燕）会议召开。")).toEqual([[null, "全市防汛工作会议召开", "李楚 卢新华 陈丽华参加"]]);
  });

  it("takes ■ lines as captions and keeps ○ items inside a combined story", () => {
    const page = "各地多彩活动迎端午\n\n本报讯（记者 杨帆）各地开展民俗活动。\n\n○龙舟竞渡展风采\n\n东湖龙舟赛开赛。\n\n○香囊传情暖人心\n\n志愿者制作香囊。\n\n■ 龙舟赛现场";
    const [a, ...rest] = importPage(page).articles;
    expect(rest).toEqual([]);
    expect(a?.paragraphs).toEqual(["各地开展民俗活动。", "○龙舟竞渡展风采", "东湖龙舟赛开赛。", "○香囊传情暖人心", "志愿者制作香囊。"]);
    expect(a?.captions).toEqual(["龙舟赛现场"]);
  });

  it("reads a short photo caption above the byline as a caption, not a headline", () => {
    const [a] = importPage("# 麦收时节\n\n\n\n联合收割机在收割小麦\n\n\n\n本报讯（记者 马良）今年全市小麦丰收。").articles;
    expect(a).toMatchObject({ headline: "麦收时节", captions: ["联合收割机在收割小麦"], paragraphs: ["今年全市小麦丰收。"] });
  });

  it("reads 据…消息： inside a story as its text, under a headline as its dateline", () => {
    const page = "# 标题\n\n本报讯 第一段。\n\n据市气象台消息：明天有雨。\n\n# 第二条\n\n据长江日报消息：武汉新建公园。";
    const [a, b] = importPage(page).articles;
    expect(a?.paragraphs).toEqual(["第一段。", "据市气象台消息：明天有雨。"]);
    expect(b).toMatchObject({ dateline: "据长江日报消息", paragraphs: ["武汉新建公园。"] });
  });

  it("reads a byline after □ that OCR made 口", () => {
    const [a] = importPage("他让荒山变成了果园\n\n口记者 王芳 通讯员 李丽\n\n二十年前，他承包了荒山。").articles;
    expect(a).toMatchObject({ headline: "他让荒山变成了果园", contributors: [{ name: "王芳" }, { name: "李丽" }], paragraphs: ["二十年前，他承包了荒山。"] });
  });
});
