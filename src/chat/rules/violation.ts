import { ChatError } from '../errors';

export type RuleKind = 'required' | 'tooLong' | 'notDate' | 'notInteger' | 'badKey' | 'badValue' | 'duplicateKey';

/**
 * A request the service would refuse, caught before sending. It is a ChatError with the service's own
 * code, plus the field and limit so a page can say which input is wrong.
 */
export class RuleViolation extends ChatError {
  readonly field: string;
  readonly rule: RuleKind;
  readonly limit: number;
  readonly actual: number;

  constructor(code: number, message: string, detail: { field: string; rule: RuleKind; limit?: number; actual?: number }) {
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
