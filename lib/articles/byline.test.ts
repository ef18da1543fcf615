// The byline the newspaper way, in Chinese and in English (PRODUCT: bylines).
import { describe, expect, it } from "vitest";
import type { ContributorRole, Credit } from "@/lib/generated/prisma/enums";
import { bylineParts, formatByline, formatDateline, type BylineContributor } from "./byline";
import { romanizeName } from "./romanize";

const person = (name: string, role: ContributorRole, credit: Credit | null = null): BylineContributor => ({ name, role, credit });
const guoKun = person("郭坤", "REPORTER", "TEXT_AND_PHOTO");
const caoWenjuan = person("曹文娟", "CORRESPONDENT", "TEXT_AND_PHOTO");

describe("formatByline", () => {
  it("writes the front-page byline: reporter and correspondent sharing 文/图", () => {
    expect(formatByline("本报讯", [guoKun, caoWenjuan], "zh-CN")).toBe("本报讯 (记者 郭坤 通讯员 曹文娟 文/图)");
    expect(formatByline("本报讯", [guoKun, caoWenjuan], "en")).toBe(
      "Staff report (reporter Guo Kun, correspondent Cao Wenjuan; text and photos)",
    );
  });

  it("writes a reporter alone, with and without a credit", () => {
    expect(formatByline("本报讯", [person("郭坤", "REPORTER")], "zh-CN")).toBe("本报讯 (记者 郭坤)");
    expect(formatByline("本报讯", [person("郭坤", "REPORTER")], "en")).toBe("Staff report (reporter Guo Kun)");
    expect(formatByline("本报讯", [person("郭坤", "REPORTER", "TEXT")], "zh-CN")).toBe("本报讯 (记者 郭坤 文)");
    expect(formatByline("本报讯", [person("郭坤", "REPORTER", "TEXT")], "en")).toBe("Staff report (reporter Guo Kun; text)");
  });

  it("credits each group when the credits differ", () => {
    const mixed = [person("郭坤", "REPORTER", "TEXT"), person("王敏", "PHOTOGRAPHER", "PHOTO")];
    expect(formatByline("本报讯", mixed, "zh-CN")).toBe("本报讯 (记者 郭坤 文 摄影 王敏 图)");
    expect(formatByline("本报讯", mixed, "en")).toBe("Staff report (text by reporter Guo Kun; photos by photographer Wang Min)");
  });

  it("never nests brackets in English: the front page's reporter and correspondent with their own credits", () => {
    const own = [person("郭坤", "REPORTER", "TEXT"), person("曹文娟", "CORRESPONDENT", "TEXT_AND_PHOTO")];
    expect(formatByline("本报讯", own, "zh-CN")).toBe("本报讯 (记者 郭坤 文 通讯员 曹文娟 文/图)");
    expect(formatByline("本报讯", own, "en")).toBe("Staff report (text by reporter Guo Kun; text and photos by correspondent Cao Wenjuan)");
    const three = [person("郭坤", "REPORTER", "TEXT"), person("王敏", "REPORTER", "TEXT"), person("李清华", "REPORTER", "TEXT"), person("曹文娟", "PHOTOGRAPHER")];
    expect(formatByline("本报讯", three, "en")).toBe("Staff report (text by reporters Guo Kun, Wang Min and Li Qinghua; photographer Cao Wenjuan)");
    for (const text of [formatByline("本报讯", own, "en"), formatByline("本报讯", three, "en")]) expect(text.match(/\(/g)).toHaveLength(1);
  });

  it("keeps each staff member's author page with their name, for the link", () => {
    const linked = [{ ...guoKun, userSlug: "guo-kun" }, caoWenjuan];
    expect(bylineParts("本报讯", linked, "en")).toEqual([
      "Staff report (",
      "reporter ",
      { name: "Guo Kun", userSlug: "guo-kun" },
      ", ",
      "correspondent ",
      { name: "Cao Wenjuan", userSlug: null },
      "; text and photos",
      ")",
    ]);
    expect(bylineParts("", [{ ...person("李清华", "REPORTER"), userSlug: "li-qinghua" }], "zh-CN", { commentary: true })).toEqual([{ name: "李清华", userSlug: "li-qinghua" }]);
  });

  it("lets two reporters share one role word", () => {
    const two = [person("郭坤", "REPORTER", "TEXT"), person("王敏", "REPORTER", "TEXT")];
    expect(formatByline("本报讯", two, "zh-CN")).toBe("本报讯 (记者 郭坤 王敏 文)");
    expect(formatByline("本报讯", two, "en")).toBe("Staff report (reporters Guo Kun and Wang Min; text)");
  });

  it("keeps any other dateline as written, in both languages", () => {
    const reporter = [person("郭坤", "REPORTER")];
    expect(formatByline("新华社北京11月1日电", reporter, "zh-CN")).toBe("新华社北京11月1日电 (记者 郭坤)");
    expect(formatByline("新华社北京11月1日电", reporter, "en")).toBe("新华社北京11月1日电 (reporter Guo Kun)");
    expect(formatDateline(" 本报讯 ", "en")).toBe("Staff report");
    expect(formatDateline("本報讯", "en")).toBe("Staff report");
    expect(formatDateline("本报讯", "zh-CN")).toBe("本报讯");
  });

  it("writes the dateline alone without contributors, and the credits alone without a dateline", () => {
    expect(formatByline("本报讯", [], "zh-CN")).toBe("本报讯");
    expect(formatByline("", [person("郭坤", "REPORTER")], "zh-CN")).toBe("(记者 郭坤)");
  });
});

describe("romanizeName", () => {
  it("writes surname then given name, each capitalised", () => {
    expect(romanizeName("郭坤")).toBe("Guo Kun");
    expect(romanizeName("曹文娟")).toBe("Cao Wenjuan");
  });

  it("keeps compound surnames together", () => {
    expect(romanizeName("欧阳修")).toBe("Ouyang Xiu");
    expect(romanizeName("司马光")).toBe("Sima Guang");
    expect(formatByline("本报讯", [person("欧阳修", "REPORTER")], "en")).toBe("Staff report (reporter Ouyang Xiu)");
  });

  it("reads surnames the way surnames are read, and leaves Latin names alone", () => {
    expect(romanizeName("曾国藩")).toBe("Zeng Guofan");
    expect(romanizeName("单雄信")).toBe("Shan Xiongxin");
    expect(romanizeName("John Smith")).toBe("John Smith");
  });
});
