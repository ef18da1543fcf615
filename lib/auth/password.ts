import { hash, verify } from "@node-rs/argon2";

// argon2id at OWASP's recommended floor (19 MiB, 2 passes); measured cost is
// in BENCHMARKS.md.
const OPTIONS = { algorithm: 2 /* Algorithm.Argon2id (a const enum) */, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

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
