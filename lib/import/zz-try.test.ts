import { it } from "vitest";
import { importPages } from "@/lib/import";
import { readFileSync } from "node:fs";
it("prints", () => {
  const text = readFileSync(process.env.PAGE_FILE!, "utf8");
  for (const p of importPages(text, { editionDate: "2024-06-06" })) {
    console.log("PAGE", JSON.stringify(p.label), p.date);
    for (const a of p.articles) {
      console.log(JSON.stringify({ k: a.kicker, h: a.headline, s: a.subheadline, d: a.dateline, dp: a.datelineParts, c: a.contributors.map((c) => `${c.name}|${c.role}|${c.credit}|${c.title}`), col: a.column, au: a.author, t: a.type, cap: a.captions, att: a.attention }));
      for (const p of a.paragraphs) console.log("   ¶", p);
      console.log("   notes", a.notes.map((n) => n.key).join(","), "| guessed:", Object.entries(a.fields).filter(([, v]) => v.how === "guessed").map(([k, v]) => `${k}:${v.reason}`).join(","));
    }
    console.log("  fragments", JSON.stringify(p.fragments.map((f) => f.text)));
    console.log("  furniture", JSON.stringify(p.furniture));
    console.log("  markup", JSON.stringify(p.markup));
  }
});
