// How big the batteries run. `npm test` (and so CI) runs every battery at a
// size that fits a run before every stop; `npm run test:full` runs the same
// batteries at full size. Nothing is skipped at either size: only the number
// of generated cases, payloads and seconds changes (docs/decisions/0022).
export type TestSize = "ci" | "full";

export const TEST_SIZE: TestSize = process.env.TEST_SIZE === "full" ? "full" : "ci";

const pick = <T>(sizes: Record<TestSize, T>): T => sizes[TEST_SIZE];

export const SIZES = {
  /** Generated inputs per server action and per route handler (e2e/fuzz.spec.ts). */
  fuzzCases: Number(process.env.FUZZ_CASES ?? pick({ ci: 50, full: 1000 })),
  /** Stored-XSS payloads: one per family per field, or the whole corpus (e2e/stored-xss.spec.ts). */
  xssCorpus: pick({ ci: "one-per-family", full: "all" } as const),
  /** Seconds of the load test's measured run, after its warm-up and settling (e2e/load.spec.ts). */
  loadSeconds: pick({ ci: 10, full: 30 }),
};

/**
 * The seed of a run's generated cases: given (FUZZ_SEED, TEST_SEED) to replay
 * a failure, else new each run so that runs cover different cases over time.
 * Every battery that uses it prints it.
 */
export const TEST_SEED = Number(process.env.FUZZ_SEED ?? process.env.TEST_SEED ?? Date.now() % 2 ** 31);
