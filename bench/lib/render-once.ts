// One render of a page PDF in a process of its own, so its peak memory is
// the render's (and the process's floor): prints { ms, maxRssMiB, images }.
//   tsx bench/lib/render-once.ts <file.pdf>     (--idle: load the modules, render nothing)
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { renderPdf } from "@/lib/epaper/render";

const idle = process.argv.includes("--idle");
const bytes = await readFile(process.argv[2]!);
const started = performance.now();
const pages = idle ? [] : await renderPdf(bytes);
const ms = performance.now() - started;
// VmHWM, not resourceUsage().maxRSS: Linux carries maxRSS over from the parent that spawned us.
const maxRssMiB = Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"))?.[1] ?? 0) / 1024;
console.log(JSON.stringify({ ms, maxRssMiB, images: pages[0]?.images.map((i) => ({ width: i.width, bytes: i.data.length })) ?? [] }));
