// Resident memory of a process and everything it started (Linux /proc):
// nginx is a master and its workers, an app instance may be tsx's node and
// Next's own children. Read from /proc/PID/status of each.
import { readdirSync, readFileSync } from "node:fs";

function status(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/status`, "utf8");
  } catch {
    return null; // gone
  }
}

const field = (text: string, name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, "m").exec(text)?.[1] ?? 0);

/** VmRSS in KiB of pid and all its descendants, and how many processes that is. */
export function rssTreeKiB(pid: number): { kib: number; processes: number } {
  const parents = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const text = status(Number(entry));
    if (!text) continue;
    const child = Number(entry);
    const parent = field(text, "PPid");
    parents.set(parent, [...(parents.get(parent) ?? []), child]);
    rss.set(child, field(text, "VmRSS"));
  }
  let kib = 0;
  let processes = 0;
  const queue = rss.has(pid) ? [pid] : [];
  while (queue.length) {
    const next = queue.pop()!;
    kib += rss.get(next) ?? 0;
    processes++;
    queue.push(...(parents.get(next) ?? []));
  }
  return { kib, processes };
}
