// Runs Debian's wrk and reads its report.
import { execFileSync } from "node:child_process";

export interface WrkResult {
  url: string;
  rps: number;
  p50ms: number;
  p99ms: number;
  errors: number;
  requests: number;
}

const ms = (value: string, unit: string) => Number(value) * ({ us: 0.001, ms: 1, s: 1000, m: 60_000 }[unit] ?? 1);

export function wrk(url: string, options: { seconds: number; connections?: number; headers?: Record<string, string> }): WrkResult {
  const headers = { "Accept-Encoding": "gzip", "Accept-Language": "zh-CN", ...options.headers };
  const args = ["-t2", `-c${options.connections ?? 50}`, `-d${options.seconds}s`, "--latency", "--timeout", "5s"];
  for (const [name, value] of Object.entries(headers)) args.push("-H", `${name}: ${value}`);
  const out = execFileSync("wrk", [...args, url], { encoding: "utf8" });
  const latency = (percent: string) => {
    const match = out.match(new RegExp(`\\s${percent}%\\s+([\\d.]+)(us|ms|s|m)`));
    return match ? +ms(match[1]!, match[2]!).toFixed(2) : NaN;
  };
  const socket = out.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/);
  const non2xx = Number(out.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0);
  return {
    url,
    rps: Math.round(Number(out.match(/Requests\/sec:\s+([\d.]+)/)?.[1] ?? 0)),
    p50ms: latency("50"),
    p99ms: latency("99"),
    errors: non2xx + (socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0),
    requests: Number(out.match(/(\d+) requests in/)?.[1] ?? 0),
  };
}
