// How long one argon2id hash and one verification take here (64 MiB, 3
// passes). Login cost should sit between 50 and 500 ms.
//   npx tsx bench/password-hash.ts [rounds]
import { hashPassword, verifyPassword } from "@/lib/auth/password";

const rounds = Number(process.argv[2] ?? 20);
const times: number[] = [];
let hash = "";
for (let i = 0; i < rounds; i++) {
  const start = performance.now();
  hash = await hashPassword(`password-${i}`);
  times.push(performance.now() - start);
}
const verifies: number[] = [];
for (let i = 0; i < rounds; i++) {
  const start = performance.now();
  await verifyPassword(hash, `password-${rounds - 1}`);
  verifies.push(performance.now() - start);
}
const pct = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!.toFixed(1);
console.log(`argon2id hash: p50 ${pct(times, 0.5)} ms, p95 ${pct(times, 0.95)} ms; verify: p50 ${pct(verifies, 0.5)} ms, p95 ${pct(verifies, 0.95)} ms (${rounds} rounds)`);
