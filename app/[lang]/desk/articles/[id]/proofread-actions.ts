"use server";

import { staffAction } from "@/lib/actions/staff-action";
import { getDb } from "@/lib/db";
import { fill } from "@/lib/i18n/messages";
import { addIgnore, removeIgnore } from "@/lib/proofread/article/ignores";
import { ignoreSchema, removeIgnoreSchema, signRoundSchema } from "@/lib/validation/proofread";
import { signProofRound } from "@/lib/workflow/proof-sign";
import { roundName } from "@/lib/workflow/proof-words";

// Proofreading is desk-only: nothing public changes, so nothing to revalidate.

export const ignoreFindingAction = staffAction(ignoreSchema, async ({ actor, input, messages }) => {
  const kept = await addIgnore(getDb(), actor, input);
  return { data: kept, message: messages.proofread.panel.ignoreSaved };
});

export const unignoreFindingAction = staffAction(removeIgnoreSchema, async ({ actor, input, messages }) => {
  await removeIgnore(getDb(), actor, input);
  return { data: null, message: messages.proofread.panel.unignored };
});

export const signProofRoundAction = staffAction(signRoundSchema, async ({ actor, input, messages }) => {
  const signed = await signProofRound(getDb(), actor, { articleId: input.id, round: input.round, expectedVersion: input.version, note: input.note });
  return { data: { version: signed.version }, message: fill(messages.proofread.rounds.signed, { round: roundName(messages, signed.round) }) };
});
