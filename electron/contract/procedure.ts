import type { z } from 'zod';
import type { RoleName } from './schemas';

/**
 * Who may call a procedure: 'public' (no session), 'authenticated' (any signed-in user; the handler
 * checks need-to-know), or the roles allowed.
 */
export type Access = 'public' | 'authenticated' | readonly RoleName[];

/** One row of the procedure table's contract. */
export function p<I extends z.ZodType, O extends z.ZodType>(
  access: Access,
  summary: string,
  input: I,
  output: O,
) {
  return { access, summary, input, output } as const;
}
