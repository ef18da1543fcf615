// The import command's arguments:
//   npm run import -- <folder or files…> [--edition YYYY-MM-DD] [--page "第03版 开发区"]
//     [--publish] [--section <slug>] [--as <email>] [--convert hk|tw]
import { parseArgs } from "node:util";
import { editionSchema } from "@/lib/validation/import";

export interface ImportArgs {
  inputs: string[];
  /** For every page; else each page's date comes from its header or its file's path. */
  edition: string | null;
  /** For a single page; else each page's label comes from its header or its file's name. */
  page: { number: number; name: string } | null;
  publish: boolean;
  section: string | null;
  as: string | null;
  convert: "hk" | "tw" | null;
}

export const USAGE =
  'usage: npm run import -- <folder or files…> [--edition YYYY-MM-DD] [--page "第03版 开发区"] [--publish] [--section <slug>] [--as <email>] [--convert hk|tw]';

/** The arguments, or one sentence saying what is wrong with them. */
export function parseImportArgs(argv: string[]): ImportArgs | string {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        edition: { type: "string" },
        page: { type: "string" },
        publish: { type: "boolean", default: false },
        section: { type: "string" },
        as: { type: "string" },
        convert: { type: "string" },
      },
    });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) return "give a folder or at least one text file to import";
  if (values.edition !== undefined && !editionSchema.shape.date.safeParse(values.edition).success) {
    return "--edition must be a date like 2021-11-02";
  }
  const page = values.page === undefined ? null : parsePageLabel(values.page);
  if (page === undefined) return `--page must look like "第03版 开发区" (page number, then page name)`;
  if (values.convert !== undefined && values.convert !== "hk" && values.convert !== "tw") {
    return "--convert must be hk (Hong Kong usage) or tw (Taiwan usage)";
  }
  return {
    inputs: positionals,
    edition: values.edition ?? null,
    page,
    publish: values.publish,
    section: values.section ?? null,
    as: values.as ?? null,
    convert: values.convert ?? null,
  };
}

/** "第03版 开发区" → 3, "开发区"; also "3 开发区". undefined when it is neither. */
export function parsePageLabel(label: string): { number: number; name: string } | undefined {
  const match = /^\s*(?:第\s*)?(\d{1,3})\s*(?:版)?\s+(\S.*?)\s*$/u.exec(label) ?? /^\s*第\s*(\d{1,3})\s*版\s*(\S.*?)\s*$/u.exec(label);
  const number = Number(match?.[1]);
  return match && number >= 1 ? { number, name: match[2]! } : undefined;
}
