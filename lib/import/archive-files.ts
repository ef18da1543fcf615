// The files of an archive import: folders are walked for .txt files, in
// name order (2021-11-02/第01版.txt before 第02版.txt), files are taken as
// given. What a path says about its page: the edition's date
// (2021-11-02, 20211102, 2021年11月2日) and, for a single-page file, its
// page label (第03版 开发区.txt).
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { readPageHeader } from "./furniture";

/** Every .txt file under the inputs, or one sentence naming the input that is missing. */
export async function collectFiles(inputs: string[]): Promise<string[] | string> {
  const files: string[] = [];
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file or folder" : (error as Error).message;
      return `cannot read ${input}: ${reason}`;
    }
    if (info.isDirectory()) files.push(...(await walk(input)));
    else files.push(input);
  }
  return files;
}

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const sorted = entries.sort((a, b) => a.name.localeCompare(b.name, "zh-CN", { numeric: true }));
  const files: string[] = [];
  for (const entry of sorted) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(full)));
    else if (entry.isFile() && entry.name.toLowerCase().endsWith(".txt")) files.push(full);
  }
  return files;
}

const DATE_IN_PATH = /(?<!\d)(\d{4})(?:[-_.年]?)(\d{1,2})(?:[-_.月]?)(\d{1,2})(?:日)?(?!\d)/u;

/** "YYYY-MM-DD" from the file's name, else from its folders; null when none is a real day. */
export function dateFromPath(file: string): string | null {
  const parts = file.split(/[\\/]/).reverse();
  for (const part of parts) {
    const match = DATE_IN_PATH.exec(part);
    if (!match) continue;
    const iso = `${match[1]}-${match[2]?.padStart(2, "0")}-${match[3]?.padStart(2, "0")}`;
    const day = new Date(`${iso}T00:00:00Z`);
    if (!Number.isNaN(day.getTime()) && day.toISOString().startsWith(iso)) return iso;
  }
  return null;
}

/** 第03版 开发区.txt → 3, "开发区". */
export function labelFromPath(file: string): { number: number; name: string | null } | null {
  const base = path.basename(file).replace(/\.txt$/i, "").replace(/[_]/g, " ");
  const header = readPageHeader(base);
  return header ? { number: header.number, name: header.name } : null;
}
