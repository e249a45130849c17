import type { ChatResponse } from '../../types';

/** What every resolved SDK call answers: `imResponse` with code 0. */
export function ok<T>(data: T): ChatResponse<T> {
  return { code: 0, data };
}
