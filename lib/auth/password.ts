import { hash, verify } from "@node-rs/argon2";

// argon2id with 64 MiB and 3 passes: about 130 ms per hash on this machine
// (bench/password-hash.ts, BENCHMARKS.md) — slow for a guesser, quick for a
// person signing in.
const OPTIONS = { algorithm: 2 /* Algorithm.Argon2id (a const enum) */, memoryCost: 65_536, timeCost: 3, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, OPTIONS);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against this when the email is unknown keeps the response time
// the same, so timing does not reveal which accounts exist.
let dummyHash: Promise<string> | undefined;
export const timingDummyHash = () => (dummyHash ??= hashPassword("copydesk-timing-dummy"));
