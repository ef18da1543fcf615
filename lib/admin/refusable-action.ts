import "server-only";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import { staffAction, type StaffActionOptions } from "@/lib/actions/staff-action";
import { isRefusal, refusalMessage } from "./refusal";

type Handler<S extends z.ZodType, T> = Parameters<typeof staffAction<S, T>>[1];
type Refused = { refused: { message: string; field?: string } };

const isRefused = (data: unknown): data is Refused => typeof data === "object" && data !== null && "refused" in data;

/**
 * staffAction (session → zod → handler, which authorises in the domain call)
 * with one addition: staffAction answers every AppError with its code's
 * general sentence, so a Refusal is caught inside the handler, carried out
 * as data, and turned back into a failed result with its own sentence and,
 * where it names one, a field error.
 */
export function refusableAction<S extends z.ZodType, T>(schema: S, handler: Handler<S, T>, options: StaffActionOptions = {}) {
  const action = staffAction<S, T | Refused>(
    schema,
    async (context) => {
      try {
        return await handler(context);
      } catch (error) {
        if (!isRefusal(error)) throw error;
        return { data: { refused: { message: refusalMessage(context.messages, error.reason), field: error.field } } };
      }
    },
    options,
  );
  return async (raw: unknown): Promise<ActionResult<T>> => {
    const result = await action(raw);
    if (!result.ok || !isRefused(result.data)) return result as ActionResult<T>;
    const { message, field } = result.data.refused;
    return { ok: false, message, fieldErrors: field ? { [field]: message } : undefined };
  };
}
