// Traditional → simplified for a simplified-character paper (opencc-js,
// Hong Kong or Taiwan usage → mainland). Conversion is not always right for
// a person's name (於谦 stays 於 as a surname, but the converter writes 于),
// so every name it changes is listed for a person to confirm.
//
// What counts as a personal name here: every contributor in a byline and a
// commentary's signed author — the names the importer itself identified —
// and those same names wherever they occur again in the story's text. Other
// names in running text cannot be told apart from words reliably without a
// name dictionary, so they are converted like any other text and not listed.

import { Converter } from "opencc-js/t2cn";
import { attentionOf } from "./confidence";
import type { ConvertedName, ImportResult, ProposedArticle } from "./types";

const converters = new Map<"hk" | "tw", (text: string) => string>();

function converterFor(from: "hk" | "tw") {
  let convert = converters.get(from);
  if (!convert) {
    convert = Converter({ from, to: "cn" });
    converters.set(from, convert);
  }
  return convert;
}

export function convertResult(result: ImportResult, from: "hk" | "tw"): ImportResult {
  const convert = converterFor(from);
  const names: ConvertedName[] = [];
  const articles = result.articles.map((a, index) => convertArticle(a, index, convert, names));
  return {
    ...result,
    articles,
    fragments: result.fragments.map((f) => ({ ...f, text: convert(f.text) })),
    furniture: result.furniture.map((f) => ({ ...f, text: convert(f.text) })),
    markup: result.markup.map(convert),
    convertedNames: names,
  };
}

function convertArticle(a: ProposedArticle, index: number, convert: (t: string) => string, names: ConvertedName[]): ProposedArticle {
  const optional = (text: string | null) => (text === null ? null : convert(text));
  const listed = (original: string, where: ConvertedName["where"]) => {
    const converted = convert(original);
    if (converted !== original && !names.some((n) => n.article === index && n.original === original && n.where === where)) {
      names.push({ original, converted, where, article: index });
    }
    return converted;
  };
  const people = [...a.contributors.map((c) => c.name), ...(a.author ? [a.author] : [])].filter((n) => n !== "");
  const body = [...a.paragraphs, ...a.captions].join("\n");
  for (const name of people) if (body.includes(name)) listed(name, "body");
  const converted: ProposedArticle = {
    ...a,
    kicker: optional(a.kicker),
    headline: convert(a.headline),
    subheadline: optional(a.subheadline),
    dateline: convert(a.dateline),
    datelineParts: { ...a.datelineParts, source: optional(a.datelineParts.source), place: optional(a.datelineParts.place) },
    contributors: a.contributors.map((c) => ({ ...c, name: listed(c.name, "contributor"), title: optional(c.title) })),
    column: optional(a.column),
    author: a.author === null ? null : listed(a.author, "author"),
    paragraphs: a.paragraphs.map(convert),
    captions: a.captions.map(convert),
    notes: [...a.notes, ...(people.some((n) => convert(n) !== n) ? [{ key: "namesConverted" as const }] : [])],
  };
  return { ...converted, attention: attentionOf(converted) };
}
