// The text the generator builds articles from: the real sentences, headlines,
// kickers, captions and names of the demo's imported newspaper page
// (prisma/demo), cut into pieces, plus name parts for many more people.
import { readFileSync } from "node:fs";
import path from "node:path";
import { importPage } from "@/lib/import";

export interface Corpus {
  sentences: string[];
  headlines: string[];
  kickers: string[];
  captions: string[];
  columns: string[];
}

const DEMO_PAGE = path.join(process.cwd(), "prisma", "demo", "zhoukou-development-zone-page.txt");

export function loadCorpus(file = DEMO_PAGE): Corpus {
  const { articles } = importPage(readFileSync(file, "utf8"), { editionDate: "2021-11-02" });
  // A sentence ends at 。！？; very short pieces are OCR debris.
  const sentences = articles
    .flatMap((a) => a.paragraphs)
    .flatMap((p) => p.split(/(?<=[。！？])/u))
    .map((s) => s.trim())
    .filter((s) => Array.from(s).length >= 10);
  // Headline-like lines: the page's own headlines and subheadlines, and the
  // first clause of long sentences (what a sub-editor would shorten them to).
  const clauses = sentences
    .map((s) => s.split(/[，,；;：:]/u)[0]!.replace(/[。！？“”"]/gu, ""))
    .filter((c) => Array.from(c).length >= 8 && Array.from(c).length <= 24);
  const headlines = [...articles.map((a) => a.headline), ...articles.map((a) => a.subheadline ?? ""), ...clauses].filter((h) => h.length >= 4);
  const kickers = articles.map((a) => a.kicker ?? "").filter(Boolean);
  const captions = articles.flatMap((a) => a.captions);
  const columns = [...new Set(articles.map((a) => a.column).filter((c): c is string => !!c)), "今日评论", "本报评论员"];
  return {
    sentences: [...new Set(sentences)],
    headlines: [...new Set(headlines)],
    kickers: kickers.length ? kickers : ["本报讯"],
    captions: captions.length ? captions : sentences.slice(0, 20),
    columns,
  };
}

export const SURNAMES = Array.from("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤");
export const GIVEN = Array.from("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力斌宇浩凯鹏飞俊峰亮健波宁琳雪梅兰欣怡晨阳佳坤鑫婷颖博昊然轩");

/** The newspaper's pages, each with its section (slug, names) and what it mostly carries. */
export const PAGES = [
  { number: 1, name: "要闻", section: "news" },
  { number: 2, name: "要闻", section: "news" },
  { number: 3, name: "开发区", section: "development-zone" },
  { number: 4, name: "经济", section: "economy" },
  { number: 5, name: "社会", section: "society" },
  { number: 6, name: "文化", section: "culture" },
  { number: 7, name: "县区", section: "counties" },
  { number: 8, name: "评论", section: "opinion" },
] as const;

export const SECTIONS = [
  { slug: "news", nameZh: "要闻", nameEn: "News" },
  { slug: "development-zone", nameZh: "开发区", nameEn: "Development Zone" },
  { slug: "economy", nameZh: "经济", nameEn: "Economy" },
  { slug: "society", nameZh: "社会", nameEn: "Society" },
  { slug: "culture", nameZh: "文化", nameEn: "Culture" },
  { slug: "counties", nameZh: "县区", nameEn: "Counties" },
  { slug: "opinion", nameZh: "评论", nameEn: "Opinion" },
  { slug: "sports", nameZh: "体育", nameEn: "Sports" },
] as const;

/**
 * Terms a Chinese local daily prints now and then, each in about `share` of
 * the articles: Latin acronyms, and one rare topic, so searches can be
 * measured for common, medium and rare words.
 */
export const SPRINKLES = [
  { text: "全年GDP增长6.5%。", share: 0.05 },
  { text: "全区已建成5G基站120个。", share: 0.02 },
  { text: "PM2.5平均浓度同比下降。", share: 0.01 },
  { text: "量子通信干线开通试运行。", share: 0.0005 },
] as const;
