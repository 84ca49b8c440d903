import type { z } from 'zod';
import type { briefTekstOpslaanInput } from '../../../../electron/contract/briefteksten';

/** The editor's values: the kind, the version the edit starts from, and the text by part. */
export type TekstForm = z.input<typeof briefTekstOpslaanInput>;
