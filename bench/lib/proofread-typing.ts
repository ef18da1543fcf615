// "Per check after typing": a reporter types into the middle of the text,
// and after each character the whole text is checked again, as the editor
// will. Runs the same in Node and, bundled, in Chromium.
import { checkText, compileWords, type WordEntry } from "@/lib/proofread";

export interface TypingRun {
  /** The article's length before typing (one character more before each check). */
  length: number;
  compileMs: number;
  /** The first check, before the JIT has seen the rules. */
  firstMs: number;
  samplesMs: number[];
  /** The same checks in CPU time, where the platform can tell (Node): on a busy machine, wall time includes waiting for a core. */
  cpuMs?: number[];
  findings: number;
}

const TYPED = "开发区会议,强调落实";

export function typeAndCheck(text: string, entries: WordEntry[], checks: number, warmup = 20, cpuClock?: () => number): TypingRun {
  const length = text.length;
  let started = performance.now();
  const words = compileWords(entries);
  const compileMs = performance.now() - started;
  let cursor = Math.floor(text.length / 2);
  let findings = 0;
  const samplesMs: number[] = [];
  const cpuMs: number[] = [];
  let firstMs = NaN;
  for (let i = 0; i < warmup + checks; i++) {
    text = text.slice(0, cursor) + TYPED[i % TYPED.length] + text.slice(cursor);
    cursor++;
    const cpu = cpuClock?.() ?? 0;
    started = performance.now();
    findings = checkText(text, { words }).length;
    const elapsed = performance.now() - started;
    if (i === 0) firstMs = elapsed;
    if (i >= warmup) samplesMs.push(elapsed);
    if (i >= warmup && cpuClock) cpuMs.push(cpuClock() - cpu);
  }
  return { length, compileMs, firstMs, samplesMs, cpuMs: cpuClock ? cpuMs : undefined, findings };
}
