// Golden test: the 周口 开发区 page of 2021-11-02 (第03版) imported end to end.
// Pins every decision an editor would check: story boundaries, headline
// split, bylines, type, dates, captions, fragments and repaired text.

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importPage, type ProposedArticle, type ProposedContributor } from "./index";

const FIXTURE = fileURLToPath(new URL("../../prisma/demo/zhoukou-development-zone-page.txt", import.meta.url));
const result = importPage(readFileSync(FIXTURE, "utf8"), { editionDate: "2021-11-02" });

/** Sentences of a paragraph, each with its end mark and closing quotes. */
function sentences(p: string): string[] {
  return p.match(/[^。！？!?]+[。！？!?]+[”’」』]*|[^。！？!?]+$/g) ?? [];
}

const reporter = (name: string, credit: ProposedContributor["credit"] = null): ProposedContributor =>
  ({ name, role: "REPORTER", credit, title: "记者" });
const correspondent = (name: string, credit: ProposedContributor["credit"] = null): ProposedContributor =>
  ({ name, role: "CORRESPONDENT", credit, title: "通讯员" });

type Expected = Pick<ProposedArticle,
  "kicker" | "headline" | "subheadline" | "dateline" | "contributors" | "eventDate" | "type" | "column" | "author" | "captions"
> & { first: string; last: string };

const base = { subheadline: null, dateline: "本报讯", column: null, author: null, captions: [] };

const expected: Expected[] = [
  {
    ...base,
    kicker: "开发区学习贯彻省第十一次党代会、省委第十一届一次全会和全市领导干部大会会议精神",
    headline: "把会议精神转化为强大工作动力",
    contributors: [reporter("郭坤", "TEXT_AND_PHOTO"), correspondent("曹文娟", "TEXT_AND_PHOTO")],
    eventDate: "2021-11-01",
    type: "NEWS",
    first: "11月1日,开发区党委书记王文峰主持召开专题会议,集中学习省第十一次党代会精神、省委第十一届一次全会精神和全市领导干部大会会议精神(如图)。",
    last: "要维护稳定,树牢底线思维,增强忧患意识,扛牢安全责任,扎实做好意识形态、民生改善、巡察整改、信访稳定、风险防控等工作,确保不发生安全生产事故,维护社会大局和谐稳定,营造凝心聚力共谋发展的浓厚氛围。",
  },
  {
    ...base,
    kicker: "交流理清思路 畅谈碰撞火花",
    headline: "务虚会为开发区务实干明确方向",
    contributors: [reporter("郭坤")],
    eventDate: "2021-10-21",
    type: "NEWS",
    first: "10月21日上午,开发区党委书记王文峰主持召开党工委(扩大)务虚会,围绕深入贯彻落实市五次党代会精神,围绕全面开展“三标”活动,积极实施“六增”行动,围绕开发区高质量发展,安排研究谋划四季度、明年和“十四五”期间工作思路和目标任务,进一步统一思想、明确方向、凝聚共识、整合力量,抓好落实,为“十四五”开好局起好步打下坚实基础。",
    last: "以“六增”行动为载体和抓手,在推动工作中增信心、增动力、增措施、增亮色,按照工作项目化、项目清单化、清单责任化要求,工作再细化、责任再落实,务实重干、加压奋进,确保成功创建国家级经济开发区。",
  },
  {
    ...base,
    kicker: "巩固良好态势 筑牢坚实屏障",
    headline: "开发区再紧疫情防控弦",
    contributors: [reporter("郭坤")],
    eventDate: "2021-10-28",
    type: "NEWS",
    first: "10月28日,开发区召开疫情防控工作会议,传达中央、省、市疫情防控工作有关会议精神,通报全区疫苗接种情况,部署当前疫情防控工作。",
    last: "会议要求,各部门要切实做到思想认识到位、责任落实到位、风险管控到位、应急处置到位、免疫屏障到位、监督落实到位,心往一处想、劲往一处使,敢于担当、主动作为,继续巩固良好态势,筑牢坚实屏障。",
  },
  {
    ...base,
    kicker: "各项工作齐头并进 督导检查再促提升",
    headline: "开发区“创文”活动如火如荼高标准开展",
    dateline: "",
    contributors: [],
    eventDate: "2021-11-01",
    type: "PHOTO_STORY",
    captions: ["维修破损路面", "为窨井安装防坠网"],
    first: "据了解,截至11月1日,两个办事处共为辖区群众上牌25840辆。",
    last: "区“创文”办有关负责人说,开发区高度重视创文工作,认真贯彻落实中心城区创建全国文明城市调度会精神,坚持问题导向、结果导向,紧盯薄弱环节,强化督导检查,持续攻坚克难,补短板、强弱项、促提升,高质量推进“创文”常态化工作,以确保创建工作扎实有效,以实际成效惠及群众,助力中心城区创建全国文明城市。",
  },
  {
    ...base,
    kicker: null,
    headline: "依法治理保安全",
    dateline: "",
    contributors: [],
    eventDate: "2021-09-01", // the stated 2021年9月1日: an explicit year wins
    type: "COMMENTARY",
    column: "今日评论",
    author: "李清华",
    first: "新修改的安全生产法已于2021年9月1日正式施行。",
    last: "让我们树牢“两个至上”理念,坚持依法治理,确保安全生产。",
  },
  {
    ...base,
    kicker: null,
    headline: "开发区“三个一批”活动取得积极成效",
    contributors: [reporter("郭坤"), correspondent("刘航")],
    eventDate: null, // 今年以来: no day stated
    type: "NEWS",
    first: "今年以来,开发区坚持“项目为王”,聚焦“三标”“六增”要求,围绕“三季度拉平、四季度拉升”工作目标,聚精会神抓项目,一心一意促发展,“三个一批”活动取得积极成效。",
    last: "开发区将全面落实省第十一次党代会和市五次党代会决策部署,以体制机制改革为契机,进一步探索破解体制机制束缚,发展空间不足、要素保障不完善等问题,推动“三个一批”项目上量、提速、升级,进一步增强开发区主阵地、主战场、主引擎作用,全力打造产业兴旺开发区、改革创新开发区、宜居宜业开发区、和谐幸福开发区,为建设现代化新周口作出应有贡献。",
  },
  {
    ...base,
    kicker: null, // a short label before a parallel couplet: kept as one 主题
    headline: "开发区 安全生产绷紧弦 除患排险在行动",
    contributors: [reporter("郭坤")],
    eventDate: "2021-10-25",
    type: "NEWS",
    first: "安全无小事,责任大于天,安全生产一刻也不能放松。",
    last: "区安监办负责人表示,他们将持续细化工作措施、强化督查检查,坚持守好底线、切实筑牢防线,深入开展除患排险专项行动,确保全区安全生产形势稳定向好。",
  },
  {
    ...base,
    kicker: null,
    headline: "开发区预算一体化平台培训班开班",
    contributors: [reporter("郭坤")],
    eventDate: "2021-10-27",
    type: "BRIEF",
    first: "为深入推进开发区预算一体化工作进程,提高预算单位财务人员业务素质和工作能力,10月27日,开发区财政局召开预算一体化平台培训会,对办事处、黄泛区社会事务服务中心、区直各预算单位60余人进行培训。",
    last: "此次培训对加快构建全方位、全过程、全覆盖的预算一体化平台起到积极推动作用。",
  },
];

describe("golden: 周口 开发区 2021-11-02 第03版", () => {
  it("finds exactly the 8 stories, in page order", () => {
    expect(result.articles.map((a) => a.headline)).toEqual(expected.map((e) => e.headline));
  });

  expected.forEach((e, i) => {
    it(`article ${i + 1}: ${e.headline}`, () => {
      const a = result.articles[i];
      if (!a) throw new Error(`article ${i + 1} missing`);
      const { first, last, ...fields } = e;
      expect(a).toMatchObject(fields);
      expect(sentences(a.paragraphs[0] ?? "")[0]).toBe(first);
      expect(sentences(a.paragraphs.at(-1) ?? "").at(-1)).toBe(last);
    });
  });

  it("repairs OCR column jumps", () => {
    const body = result.articles.flatMap((a) => a.paragraphs).join("\n");
    expect(body).toContain("区领导刘涛、谷静");
    expect(body).toContain("务求工作实效");
    expect(body).toContain("形势要认清。");
    expect(body).toContain("为推进除患排险专项行动深入开展,10月28日");
    expect(body).toContain("进行“整容式”改造升级");
    for (const a of result.articles) for (const p of a.paragraphs) expect(p).not.toContain("\n");
  });

  it("keeps the editor's cut as its own paragraph", () => {
    expect(result.articles[3]?.paragraphs).toContain(".....");
  });

  it("lists out-of-order pieces as fragments, with where they were found", () => {
    expect(result.fragments).toEqual([
      { text: "三零目标,持续营造稳定良好的发展环境。", afterArticle: 0, reason: { key: expect.any(String) } },
      { text: "进而高质量完成各项年度目标任务。", afterArticle: 0, reason: { key: expect.any(String) } },
      { text: "牌登记点,方便居民上牌登记。", afterArticle: 3, reason: { key: expect.any(String) } },
    ]);
    expect(result.articles[0]?.paragraphs.at(-1)).toMatch(/^结合“三标”活动/);
  });

  it("leaves notes where it guessed", () => {
    const keys = (i: number) => result.articles[i]?.notes.map((n) => n.key);
    expect(keys(0)).toContain("photoMentioned");
    expect(result.articles[0]?.captions).toEqual([]);
    expect(keys(1)).toContain("kickerSplit");
    expect(keys(3)).toContain("noByline");
    expect(result.articles[3]?.notes).toContainEqual({ key: "fragmentMoved", values: { text: "牌登记点,方便居民上牌登记。" } });
  });
});
