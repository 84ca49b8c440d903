import type { z } from 'zod';
import type { Contract } from '../contract';
import type { AuthedContext } from '../core/context';
import { forbidden } from '../core/errors';
import { addDays } from '../domain/calendar';
import { periodOf } from '../domain/doorlooptijd';
import { isOfficeRole } from '../domain/types';
import { renderJaarverslag } from '../letters';
import { letterhead } from './brieven';
import { rapportagesVan } from './rapportage';

// Issue 12 · the jaarverslag of a school year as a PDF: the report of that year broken down by
// school board and the previous year's for comparison (services/rapportage.ts, the screen's own
// computation over facts read once: no second count), rendered on
// the SWV's letterhead with its charts (letters/jaarverslag.ts). Made in memory and returned as the
// answer, never written to disk; recorded in the audit log as every export is (action 'export',
// the kind and the school year, never a name).

type Vraag = z.output<Contract['rapportage.jaarverslag']['input']>;

export async function maakJaarverslag(ctx: AuthedContext, vraag: Vraag) {
  if (!ctx.user.roles.some(isOfficeRole)) throw forbidden();
  const jaar = periodOf(vraag.datum, 'schooljaar');
  const [rapportage, vorigJaar] = rapportagesVan(ctx, [
    { periode: { soort: 'schooljaar', datum: jaar.from }, indeling: 'bestuur' },
    { periode: { soort: 'schooljaar', datum: addDays(jaar.from, -1) }, indeling: 'geen' },
  ]);
  if (rapportage === undefined || vorigJaar === undefined) throw new Error('rapportages ontbreken');
  const swv = letterhead(ctx, 'kunt u het jaarverslag maken');
  const bytes = await renderJaarverslag({
    swv,
    rapportage,
    vorigJaar,
    vandaag: ctx.today,
    generatedAt: ctx.nowIso,
  });
  const jaren = `${jaar.from.slice(0, 4)}-${jaar.to.slice(0, 4)}`;
  ctx.tx(() =>
    ctx.audit({
      action: 'export',
      objectType: 'export',
      objectId: null,
      details: `jaarverslag pdf ${jaren}`,
    }),
  );
  return {
    fileName: `tlv-jaarverslag-${jaren}.pdf`,
    dataBase64: Buffer.from(bytes).toString('base64'),
    mimeType: 'application/pdf' as const,
  };
}
