import type { z } from 'zod';
import type { registerInput } from '../../../electron/contract';

export type RegisterInput = z.input<typeof registerInput>;
export type RegisterOutput = z.output<typeof registerInput>;
