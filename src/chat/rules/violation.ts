import { ChatError } from '../errors';
import { RULE_CODE } from './codes';

export type RuleKind = 'required' | 'tooLong' | 'notDate' | 'notInteger' | 'badKey' | 'badValue' | 'duplicateKey';

/** Which input broke which rule; `limit` and `actual` are set for 'tooLong'. */
export interface ViolationDetail {
  field: string;
  rule: RuleKind;
  limit?: number;
  actual?: number;
}

/**
 * A request the service refuses. It is a ChatError with the service's own code and message, plus the field
 * and limit so a page can say which input is wrong. The embedded service throws it; the app catches it
 * before sending.
 */
export class RuleViolation extends ChatError {
  readonly field: string;
  readonly rule: RuleKind;
  readonly limit: number;
  readonly actual: number;

  constructor(code: number, message: string, detail: ViolationDetail) {
    super(code, message, { field: detail.field });
    this.name = 'RuleViolation';
    this.field = detail.field;
    this.rule = detail.rule;
    this.limit = detail.limit ?? 0;
    this.actual = detail.actual ?? 0;
  }
}

export function isRuleViolation(error: unknown): error is RuleViolation {
  return error instanceof RuleViolation;
}

/** What the SDK's parameter schema rejects with: the code-less "Params validate failed." (-1). */
export function paramsViolation(api: string, detail: string, violation: ViolationDetail): RuleViolation {
  return new RuleViolation(RULE_CODE.PARAMS_VALIDATE_FAILED, `Params validate failed. ${api}: ${detail}`, violation);
}
