// Rounds by name in the reader's language: 一校, 二校, 三校.
import type { Messages } from "@/lib/i18n/messages";

export const roundName = (m: Pick<Messages, "proofread">, round: number) => m.proofread.rounds.names[round - 1] ?? String(round);

export const roundList = (m: Pick<Messages, "proofread">, rounds: readonly number[]) => rounds.map((r) => roundName(m, r)).join(m.proofread.rounds.separator);
