// Page files for the 数字报 tests: a printed page made from a few short
// stories (the demo's printer, so it has a real CJK text layer), and
// hand-written PDFs for what a printer would never make (several pages of
// odd shapes, an encrypted file).
import { PDFDocument } from "pdf-lib";
import { printPage, type PrintedStory } from "@/lib/demo/printed-page";

export const SAMPLE_STORIES: PrintedStory[] = [
  {
    id: "lead",
    kicker: "开发区学习贯彻全市领导干部大会精神",
    headline: "夜市经济点亮开发区",
    subheadline: null,
    byline: "本报讯 (记者 郭坤) ",
    column: null,
    paragraphs: [
      "开发区莲花路夜市昨晚开张，一百二十个摊位沿街排开，小吃、百货和文创产品吸引了大批市民前来逛街消费。",
      "据介绍，夜市由区商务局牵头规划，实行统一管理、统一保洁，每晚六点开市，十一点收市，并配备了临时停车场和公共厕所。",
      "不少摊主表示，夜市人气旺、租金低，为创业者提供了好机会。区商务局负责人说，下一步将根据市民意见调整摊位布局。",
    ],
    photos: ["夜市开张当晚人流如织"],
  },
  {
    id: "second",
    kicker: null,
    headline: "黄河路改造工程完工通车",
    subheadline: null,
    byline: "本报讯 (记者 郭坤 通讯员 刘航) ",
    column: null,
    paragraphs: [
      "历时八个月施工，黄河路改造工程日前完工并恢复通车。改造后的道路拓宽至双向六车道，新建非机动车道和人行步道。",
      "工程同步完成了雨污分流管网和路灯更新，沿线十二个小区的出行条件明显改善，居民纷纷点赞。",
    ],
    photos: [],
  },
  {
    id: "third",
    kicker: null,
    headline: "社区食堂开到家门口",
    subheadline: null,
    byline: "本报讯 (记者 郭坤) ",
    column: null,
    paragraphs: [
      "太昊路办事处第一家社区食堂本周开业，为辖区老年人提供价格实惠的午餐和晚餐，八十岁以上老人就餐享受半价优惠。",
      "食堂负责人介绍，菜单每周更新，荤素搭配，开业三天已接待老人四百多人次。",
    ],
    photos: [],
  },
  {
    id: "commentary",
    kicker: null,
    headline: "让夜市更有烟火气",
    subheadline: null,
    byline: "李清华",
    column: "今日评论",
    paragraphs: [
      "夜市是城市的烟火气，也是观察营商环境的一扇窗。办好夜市，既要放得开，也要管得好，在规范中给市场留足空间。",
      "相关部门要听取摊主和市民的意见，把好事办实、实事办好，让夜市成为开发区的一张名片。",
    ],
    photos: [],
  },
];

/** A printed page of `stories` (the samples by default): its PDF and where each story was set. */
export const printSamplePage = (stories: PrintedStory[] = SAMPLE_STORIES) =>
  printPage({ paperName: "示例日报", dateLine: "2021年11月2日 星期二", pageLabel: "第03版", pageName: "开发区", stories });

/** The same page repeated as a PDF of `count` pages. */
export async function manyPages(pdf: Uint8Array, count: number): Promise<Uint8Array> {
  const source = await PDFDocument.load(pdf);
  const doc = await PDFDocument.create();
  for (let i = 0; i < count; i++) doc.addPage((await doc.copyPages(source, [0]))[0]!);
  return doc.save();
}

/** A blank PDF page of the given size in points. */
export async function blankPdf(width: number, height: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([width, height]);
  return doc.save();
}

/**
 * A one-page PDF with a standard security handler (RC4, 40 bit) whose user
 * password is not empty: what a layout system writes when told to protect
 * the file. Written by hand with a correct cross-reference table.
 */
export function encryptedPdf(): Uint8Array {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] >>",
    `<< /Filter /Standard /V 1 /R 2 /O <${"41".repeat(32)}> /U <${"42".repeat(32)}> /P -4 >>`,
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${"00".repeat(16)}> <${"00".repeat(16)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}
