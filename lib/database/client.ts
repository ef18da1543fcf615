// Builds a Prisma client on a pg pool. Shared by the app (lib/db.ts), the
// scripts and the tests, so all of them talk to PostgreSQL the same way.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export interface DbOptions {
  max?: number;
  /**
   * Longest an interactive transaction may run (Prisma's default, 5 s, for
   * the app). Bulk jobs such as seeding on a busy machine pass more.
   */
  transactionTimeout?: number;
}

export function createDb(connectionString: string, options: DbOptions = {}) {
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    connectionTimeoutMillis: 5_000,
  });
  // An idle connection dropped by a database restart must not crash the
  // process; the pool discards it and the next query opens a new one.
  pool.on("error", (error) => {
    console.error(`[db] idle connection lost: ${error.message}`);
  });
  const client = new PrismaClient({
    adapter: new PrismaPg(pool, {
      // A connection held by a transaction that the database drops: the
      // transaction fails with an error, and the process goes on.
      onConnectionError: (error) => console.error(`[db] connection lost in a transaction: ${error.message}`),
    }),
    // The hash never leaves the auth module by accident.
    omit: { user: { passwordHash: true } },
    ...(options.transactionTimeout ? { transactionOptions: { timeout: options.transactionTimeout, maxWait: options.transactionTimeout } } : {}),
  });
  return Object.assign(client, { pool });
}

export type Db = ReturnType<typeof createDb>;
/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
/** Either: domain functions that only read or write once accept both. */
export type DbOrTx = Db | Tx;
