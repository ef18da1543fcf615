// `npm run import -- <file> --edition 2021-11-02 --page "第03版 开发区" [--publish]
// [--section development-zone] [--as chief@copydesk.test]`: the import desk
// without the browser, for back issues. scripts/import.ts only wires it up.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import type { Db } from "@/lib/database/client";
import { isAppError } from "@/lib/errors";
import { editionSchema } from "@/lib/validation/import";
import { createFromImport } from "./create";
import { importPage } from "./index";
import { fromProposal } from "./proposal";

export interface Output {
  log(line: string): void;
  error(line: string): void;
}

export interface ImportArgs {
  file: string;
  edition: string;
  page: { number: number; name: string } | null;
  publish: boolean;
  section: string | null;
  as: string | null;
}

export const USAGE = 'usage: npm run import -- <file> --edition YYYY-MM-DD --page "第03版 开发区" [--publish] [--section <slug>] [--as <email>]';

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
      },
    });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) return "give exactly one text file to import";
  const edition = values.edition ?? "";
  if (!editionSchema.shape.date.safeParse(edition).success) return "--edition must be a date like 2021-11-02";
  const page = values.page === undefined ? null : parsePageLabel(values.page);
  if (page === undefined) return `--page must look like "第03版 开发区" (page number, then page name)`;
  // Drafts are not in any edition yet; only a published page needs one.
  if (values.publish && !page) return `--publish needs --page, e.g. --page "第03版 开发区"`;
  return { file: positionals[0]!, edition, page, publish: values.publish, section: values.section ?? null, as: values.as ?? null };
}

/** "第03版 开发区" → 3, "开发区"; also "3 开发区". undefined when it is neither. */
export function parsePageLabel(label: string): { number: number; name: string } | undefined {
  const match = /^\s*(?:第\s*)?(\d{1,3})\s*(?:版)?\s+(\S.*?)\s*$/u.exec(label) ?? /^\s*第\s*(\d{1,3})\s*版\s*(\S.*?)\s*$/u.exec(label);
  const number = Number(match?.[1]);
  return match && number >= 1 ? { number, name: match[2]! } : undefined;
}

/** Runs one import; returns the process exit code. */
export async function runImport(db: Db, argv: string[], out: Output): Promise<number> {
  const args = parseImportArgs(argv);
  if (typeof args === "string") return fail(out, `${args} — ${USAGE}`);

  let text: string;
  try {
    text = await readFile(args.file, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
    return fail(out, `cannot read ${args.file}: ${reason}`);
  }
  const { articles, fragments } = importPage(text, { editionDate: args.edition });
  if (articles.length === 0) return fail(out, `no articles found in ${args.file}: headlines must start with #`);

  const section = args.section ? await db.section.findUnique({ where: { slug: args.section }, select: { id: true } }) : null;
  if (args.section && !section) return fail(out, `no section with the slug "${args.section}"`);
  const actor = await findActor(db, args);
  if (typeof actor === "string") return fail(out, actor);

  try {
    const created = await createFromImport(db, actor, {
      articles: articles.map(fromProposal),
      sectionId: section?.id ?? null,
      mode: args.publish ? "publish" : "drafts",
      edition: args.page ? { date: args.edition, pageNumber: args.page.number, pageName: args.page.name } : undefined,
    });
    const where = args.publish ? `published in the ${args.edition} edition, page ${args.page!.number} ${args.page!.name}` : "as drafts";
    out.log(`Created ${created.length} articles ${where}, as ${actor.name} <${actor.email}>.`);
    out.log(`  ${countByType(created.map((a) => a.type))}`);
    created.forEach((a, i) => out.log(`  ${i + 1}. ${a.headline}`));
    out.log(`${fragments.length} fragments left unassigned${fragments.length ? ":" : "."}`);
    for (const f of fragments) out.log(`  - ${f.text} (${f.reason})`);
    out.log(`${articles.reduce((n, a) => n + a.notes.length, 0)} importer notes to check in the desk.`);
    return 0;
  } catch (error) {
    if (isAppError(error) && error.code === "forbidden") return fail(out, `${actor.email} (${actor.role}) may not ${args.publish ? "publish an import" : "import"}`);
    if (isAppError(error)) return fail(out, `import refused (${error.code}): ${error.message}`);
    throw error;
  }
}

/** --as, else the first active chief editor (publishing) or editor (drafts). */
async function findActor(db: Db, args: ImportArgs) {
  const select = { id: true, role: true, name: true, email: true } as const;
  if (args.as) {
    const user = await db.user.findUnique({ where: { email: args.as }, select: { ...select, active: true } });
    return user?.active ? user : `no active user with the email ${args.as}`;
  }
  const role = args.publish ? "CHIEF_EDITOR" : "EDITOR";
  const user = await db.user.findFirst({ where: { role, active: true }, orderBy: { createdAt: "asc" }, select });
  return user ?? `no active ${role === "EDITOR" ? "editor" : "chief editor"} to act as: pass --as <email>`;
}

function countByType(types: string[]): string {
  const counts = new Map<string, number>();
  for (const t of types) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].map(([type, n]) => `${n} ${type.toLowerCase().replace("_", " ")}`).join(", ");
}

function fail(out: Output, line: string): number {
  out.error(`✖ ${line}`);
  return 1;
}
