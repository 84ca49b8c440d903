import type { z } from 'zod';
import { contract } from '../../../electron/contract';
import { call } from '../../api/client';
import { GetalInstelling } from './InstellingSectie';

const schema = contract['instellingen.herindicatieZetten'].input;

/** §8 (setting): how many months before its end a TLV shows on the herindicatie radar (default 6). */
export function HerindicatieInstellingForm({ initial }: { initial: z.input<typeof schema> }) {
  return (
    <GetalInstelling
      schema={schema}
      veld="maanden"
      initial={initial}
      send={(values) => call('instellingen.herindicatieZetten', schema.parse(values))}
      id="herindicatie-instelling"
      titel="Herindicatieradar"
      label="Signaleren vanaf … maanden vóór de einddatum"
      description="Een lopende TLV die binnen zoveel maanden afloopt, staat bij de secretaresse leerlingenzaken op Mijn werk en bij Termijnen. Standaard 6."
      min={1}
      max={24}
      maw={420}
    />
  );
}
