// npm run bench — the whole suite, one benchmark after another, at a size
// that fits a few minutes; `npm run bench -- --full` at the sizes
// (100,000 articles, a 300-second load test). Each benchmark prints its own
// figures and ratios and writes JSON to bench/results/.
import { spawnSync } from "node:child_process";

const full = process.argv.includes("--full");
const suite: [string, string[]][] = [
  ["serving", ["bench/serving.ts"]],
  ["database at scale", ["bench/database.ts", "--sizes", full ? "10000,100000" : "10000"]],
  ["desk saves", ["bench/desk-save.ts", "--editors", "10", "--rate", "2", "--duration", full ? "60" : "20"]],
  ["load", ["bench/load.ts", "--duration", full ? "300" : "30"]],
  ["password hashing", ["bench/password-hash.ts"]],
  ["printed pages (数字报)", ["bench/epaper.ts", "--runs", full ? "5" : "3"]],
];

const outcomes: string[] = [];
for (const [name, args] of suite) {
  console.log(`\n━━ ${name}: tsx ${args.join(" ")}`);
  const started = Date.now();
  const { status } = spawnSync("npx", ["tsx", ...args], { stdio: "inherit" });
  outcomes.push(`${status === 0 ? "✔" : "✖"} ${name} (${Math.round((Date.now() - started) / 1000)} s)`);
}
console.log(`\n${outcomes.join("\n")}`);
process.exit(outcomes.every((line) => line.startsWith("✔")) ? 0 : 1);
