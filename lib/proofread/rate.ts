// Error rate the way the regulations state it: errors per 10,000 characters
// (出版物差错率, at most 3 for a newspaper). Characters are counted as 字数
// (lib/articles/counts.ts); only error-severity findings count as errors.
import { countText } from "@/lib/articles/counts";
import type { Finding } from "./types";

export function errorRate(text: string, findings: readonly Finding[]) {
  const characters = countText(text).total;
  const errors = findings.filter((f) => f.severity === "error").length;
  return { errors, characters, perTenThousand: characters ? (errors * 10_000) / characters : 0 };
}
