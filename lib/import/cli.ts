// `npm run import -- <folder or files…>`: the import desk without the browser,
// for back issues and whole archives. Each page is imported on its own, in
// one transaction with its record (archive.ts), so the run shows progress,
// creates nothing for a page it imported before, and resumes after an
// interruption. scripts/import.ts only wires it up.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { can, type Actor } from "@/lib/auth/policy";
import type { Db } from "@/lib/database/client";
import { isAppError } from "@/lib/errors";
import { en } from "@/lib/i18n/messages/en";
import { publishChange } from "@/lib/publication";
import { importArchivedPage, pageHash } from "./archive";
import { collectFiles, dateFromPath, labelFromPath } from "./archive-files";
import { parseImportArgs, USAGE, type ImportArgs } from "./cli-args";
import { guessedFields } from "./confidence";
import { importPages } from "./index";
import { noteText } from "./notes";
import { fromProposal } from "./proposal";
import { Tally } from "./cli-tally";
import type { ImportedPage } from "./types";

export { parseImportArgs, parsePageLabel, USAGE } from "./cli-args";

export interface Output {
  log(line: string): void;
  error(line: string): void;
}

export interface RunOptions {
  /** Aborted (Ctrl-C): the page being written finishes, then the run stops. */
  signal?: AbortSignal;
}

type Person = Actor & { name: string; email: string };

/** Runs one import; returns the process exit code. */
export async function runImport(db: Db, argv: string[], out: Output, options: RunOptions = {}): Promise<number> {
  const started = performance.now();
  const args = parseImportArgs(argv);
  if (typeof args === "string") return fail(out, `${args} — ${USAGE}`);
  const files = await collectFiles(args.inputs);
  if (typeof files === "string") return fail(out, files);
  if (files.length === 0) return fail(out, `no .txt files in ${args.inputs.join(", ")}`);
  if (args.page && files.length > 1) return fail(out, "--page names one page: give it with a single file");

  const section = args.section ? await db.section.findUnique({ where: { slug: args.section }, select: { id: true } }) : null;
  if (args.section && !section) return fail(out, `no section with the slug "${args.section}"`);
  const actor = await findActor(db, args);
  if (typeof actor === "string") return fail(out, actor);
  if (!can(actor, args.publish ? "article:import-publish" : "article:import")) {
    return fail(out, `${actor.email} (${actor.role}) may not ${args.publish ? "publish an import" : "import"}`);
  }

  const tally = new Tally();
  for (const [index, file] of files.entries()) {
    if (options.signal?.aborted) break;
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (error) {
      tally.fail(out, `[${index + 1}/${files.length}] ${file}: cannot read it (${(error as Error).message})`);
      continue;
    }
    const pages = importPages(text, { editionDate: args.edition ?? dateFromPath(file) ?? undefined, convert: args.convert ?? undefined });
    if (args.page && pages.length > 1) return fail(out, `--page names one page, but ${file} holds ${pages.length}`);
    for (const page of pages) {
      if (options.signal?.aborted) break;
      const where = `[${index + 1}/${files.length}] ${path.basename(file)}${pages.length > 1 ? ` ${page.header ?? ""}` : ""}`;
      await importOne(db, actor, args, section?.id ?? null, file, page, where, out, tally);
    }
  }

  // Published stories reach readers like any other public change: the
  // edition's snapshot and the caching proxy's purge (lib/publication). The
  // server's own cached pages, in another process, are beyond this one's
  // reach: they age out within their minute (docs/decisions/0031).
  if (args.publish && tally.stories > 0) await publishChange(db);
  const interrupted = options.signal?.aborted === true;
  tally.summary(out, { actor, publish: args.publish, seconds: (performance.now() - started) / 1000, interrupted });
  return tally.failed > 0 || interrupted ? 1 : 0;
}

async function importOne(
  db: Db, actor: Person, args: ImportArgs, sectionId: string | null, file: string,
  page: ImportedPage, where: string, out: Output, tally: Tally,
): Promise<void> {
  const date = args.edition ?? page.date ?? dateFromPath(file);
  const label = args.page ?? page.label ?? labelFromPath(file);
  if (page.articles.length === 0) return tally.fail(out, `${where}: no articles found (a headline needs a byline under it, or a # mark)`);
  if (args.publish && date === null) return tally.fail(out, `${where}: no edition date — pass --edition, or put the date in the file's name or the page header`);
  if (args.publish && !label?.name) return tally.fail(out, `${where}: no page label — pass --page "第03版 开发区", or start the page with its header`);

  const edition = args.publish && date && label?.name ? { date, pageNumber: label.number, pageName: label.name } : undefined;
  const printed = edition ? `${edition.date} 第${edition.pageNumber}版 ${edition.pageName}` : "drafts";
  try {
    const outcome = await importArchivedPage(db, actor, pageHash(page.text), {
      articles: page.articles.map(fromProposal),
      sectionId,
      mode: args.publish ? "publish" : "drafts",
      edition,
    });
    if (outcome.status === "skipped") {
      const before = outcome.previous;
      const as = before.editionDate ? `${before.editionDate} 第${before.pageNumber}版 ${before.pageName}` : "drafts";
      tally.skipped++;
      out.log(`${where} → already imported (${as}, ${before.articles} articles, ${before.createdAt.toISOString().slice(0, 10)}): skipped`);
      return;
    }
    const guessed = guessedFields(page.articles);
    tally.add(page, outcome.articles.map((a) => a.type), guessed);
    out.log(`${where} → ${printed}: ${outcome.articles.length} articles, ${guessed} fields guessed, ${page.fragments.length} fragments`);
    for (const f of page.fragments) out.log(`    fragment: ${f.text} (${noteText(en, f.reason)})`);
    for (const n of page.convertedNames) out.log(`    name to confirm: ${n.original} → ${n.converted} (${n.where}, article ${n.article + 1})`);
  } catch (error) {
    if (!isAppError(error)) throw error;
    tally.fail(out, `${where}: import refused (${error.code}): ${describeRefusal(error.message)}`);
  }
}

/** "articles.3.headline: headline_required" → "article 4, headline: headline_required". */
function describeRefusal(message: string): string {
  return message.replace(/^articles\.(\d+)\.([\w.]+)/, (_all, n: string, field: string) => `article ${Number(n) + 1}, ${field}`);
}

/** --as, else the first active chief editor (publishing) or editor (drafts). */
async function findActor(db: Db, args: ImportArgs): Promise<Person | string> {
  const select = { id: true, role: true, name: true, email: true } as const;
  if (args.as) {
    const user = await db.user.findUnique({ where: { email: args.as }, select: { ...select, active: true } });
    return user?.active ? user : `no active user with the email ${args.as}`;
  }
  const role = args.publish ? "CHIEF_EDITOR" : "EDITOR";
  const user = await db.user.findFirst({ where: { role, active: true }, orderBy: { createdAt: "asc" }, select });
  return user ?? `no active ${role === "EDITOR" ? "editor" : "chief editor"} to act as: pass --as <email>`;
}

function fail(out: Output, line: string): number {
  out.error(`✖ ${line}`);
  return 1;
}
