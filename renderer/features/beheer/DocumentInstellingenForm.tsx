import type { z } from 'zod';
import { contract } from '../../../electron/contract';
import { call } from '../../api/client';
import { GetalInstelling } from './InstellingSectie';

const schema = contract['instellingen.documentenZetten'].input;

/** The largest PDF the document store accepts (issue 4: a setting, default 100 MB). */
export function DocumentInstellingenForm({ initial }: { initial: z.input<typeof schema> }) {
  return (
    <GetalInstelling
      schema={schema}
      veld="maxMb"
      initial={initial}
      send={(values) => call('instellingen.documentenZetten', schema.parse(values))}
      id="documenten-instellingen"
      titel="Documenten"
      label="Grootste PDF die wordt aangenomen (MB)"
      description="Een groter bestand wordt geweigerd met een duidelijke melding. Hoogstens 100 MB."
      min={1}
      max={100}
      maw={320}
    />
  );
}
