// A refusal that names the rule it applies ("each sign-off needs an opinion",
// "one person may not sign two levels"), so the person refused learns why,
// not only that they may not. A WordedRefusal (lib/errors.ts) worded by its
// rule (messages.rules); when a form field is at fault, the action pipeline
// marks that field too.
import { WordedRefusal, type ErrorCode } from "@/lib/errors";
import type { Messages } from "@/lib/i18n/messages/zh-CN";

export type Rule = keyof Messages["rules"];

export class RuleRefusal extends WordedRefusal {
  constructor(
    code: ErrorCode,
    readonly rule: Rule,
    /** The form field the refusal is about, if any. */
    readonly field?: string,
  ) {
    super(code, rule, (messages) => messages.rules[rule]);
  }
}

export const isRuleRefusal = (error: unknown): error is RuleRefusal => error instanceof RuleRefusal;
