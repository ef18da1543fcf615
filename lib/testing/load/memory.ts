// The resident memory of the server listening on a port (Linux): the pid
// comes from `ss -ltnp`, the size from /proc/PID/status.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

export function pidListeningOn(port: number): number {
  const out = execFileSync("ss", ["-ltnpH", `sport = :${port}`], { encoding: "utf8" });
  const pid = /pid=(\d+)/.exec(out)?.[1];
  if (!pid) throw new Error(`no process found listening on port ${port} (ss -ltnp shows only your own processes' pids)`);
  return Number(pid);
}

/** VmRSS in KiB. */
export function rssKiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((l) => l.startsWith("VmRSS:"));
  if (!line) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(line.replace(/\D+/g, ""));
}

export const mib = (kib: number) => `${(kib / 1024).toFixed(1)} MiB`;
