// The import desk's edits to the proposals: merge, split, remove, move a
// fragment, and what the edited cards send to the server.
import { describe, expect, it } from "vitest";
import { en } from "@/lib/i18n/messages/en";
import { zhCN } from "@/lib/i18n/messages/zh-CN";
import { cardToInput, mergeWithNext, moveFragment, removeCard, splitAt, toCards, type ImportCard } from "./edit";
import { importPage } from "./index";

const PAGE = `## 开发区新建三座口袋公园

**本报讯** (记者 郭坤 通讯员 曹文娟 文/图)11月1日,开发区宣布新建三座口袋公园。

三座公园将于年底前全部向市民开放。

## 今日评论

### 依法治理保安全

李清华

安全生产是发展的底线。

进而确保全年目标。
`;

const cards = (): ImportCard[] => toCards(importPage(PAGE, { editionDate: "2021-11-02" }), en).cards;

describe("toCards", () => {
  it("makes one editable card per proposal, the commentary's author as its contributor", () => {
    const { cards, fragments } = toCards(importPage(PAGE, { editionDate: "2021-11-02" }), en);
    expect(cards.map((c) => c.headline)).toEqual(["开发区新建三座口袋公园", "依法治理保安全"]);
    expect(cards[0]).toMatchObject({
      dateline: "本报讯",
      body: "11月1日,开发区宣布新建三座口袋公园。\n\n三座公园将于年底前全部向市民开放。",
      contributors: [
        { name: "郭坤", role: "REPORTER", credit: "TEXT_AND_PHOTO" },
        { name: "曹文娟", role: "CORRESPONDENT", credit: "TEXT_AND_PHOTO" },
      ],
    });
    expect(cards[1]).toMatchObject({ type: "COMMENTARY", column: "今日评论", contributors: [{ name: "李清华", role: "REPORTER", credit: "TEXT" }] });
    expect(fragments.map((f) => f.text)).toEqual(["进而确保全年目标。"]);
    expect(new Set([...cards, ...fragments].map((x) => x.key)).size).toBe(3);
  });

  it("puts the importer's notes and reasons in the editor's language, and keeps read/guessed per field", () => {
    const result = importPage(PAGE, { editionDate: "2021-11-02" });
    const english = toCards(result, en);
    const chinese = toCards(result, zhCN);
    expect(english.fragments[0]?.reason).toBe("Opens with a connective that continues a sentence from elsewhere.");
    expect(chinese.fragments[0]?.reason).toBe("以承接上文的连词开头，应接在别处的句子后面。");
    expect(english.cards[1]?.notes).toContain("A piece may be out of order and was moved to the unassigned fragments: 进而确保全年目标。");
    expect(chinese.cards[1]?.notes).toContain("一段文字可能错位，已移到未归属文字：进而确保全年目标。");
    expect(english.cards[0]?.fields?.headline).toEqual({ how: "read", reason: "headlineFromHeading" });
    expect(english.cards[1]?.attention).toBeGreaterThan(0);
  });
});

describe("cardToInput", () => {
  it("splits the body at blank lines and the captions at line ends, dropping empty ones", () => {
    const [card] = cards();
    const input = cardToInput({ ...card!, body: "第一段。\n\n\n  第二段。 \n \n", captions: "图一\n\n 图二 \n" });
    expect(input.paragraphs).toEqual(["第一段。", "第二段。"]);
    expect(input.captions).toEqual(["图一", "图二"]);
    expect(input.headline).toBe("开发区新建三座口袋公园");
  });
});

describe("editing the cards", () => {
  it("merges an article with the next: paragraphs and captions appended, the next one gone", () => {
    const [a, b] = cards();
    const merged = mergeWithNext([{ ...a!, captions: "图一" }, { ...b!, captions: "图二" }], 0);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ key: a!.key, headline: a!.headline, captions: "图一\n图二" });
    expect(merged[0]!.body.split("\n\n")).toHaveLength(3);
    expect(mergeWithNext(merged, 0)).toBe(merged);
  });

  it("splits at a paragraph into a new untitled article right after", () => {
    const list = cards();
    const split = splitAt(list, 0, 2)!;
    expect(split.map((c) => c.headline)).toEqual(["开发区新建三座口袋公园", "", "依法治理保安全"]);
    expect(split[0]!.body).toBe("11月1日,开发区宣布新建三座口袋公园。");
    expect(split[1]).toMatchObject({ body: "三座公园将于年底前全部向市民开放。", contributors: [], dateline: "" });
    expect(split[1]!.key).not.toBe(split[0]!.key);
  });

  it("refuses a split that would leave an article without text", () => {
    const list = cards();
    for (const at of [0, 1, 3, 1.5, Number.NaN]) expect(splitAt(list, 0, at), String(at)).toBeNull();
    expect(splitAt(list, 5, 2)).toBeNull();
  });

  it("removes an article", () => {
    const list = cards();
    expect(removeCard(list, 0).map((c) => c.headline)).toEqual(["依法治理保安全"]);
  });

  it("moves a fragment to the end of the chosen article", () => {
    const { cards: list, fragments } = toCards(importPage(PAGE, { editionDate: "2021-11-02" }), en);
    const moved = moveFragment(list, fragments, fragments[0]!.key, 0);
    expect(moved.fragments).toEqual([]);
    expect(moved.cards[0]!.body.endsWith("\n\n进而确保全年目标。")).toBe(true);
    expect(moved.cards[1]).toBe(list[1]);
  });
});
