// The bezwaarclausule (Awb 3:45, 6:7, 6:8): every decision of the directeur-bestuurder says that
// bezwaar is possible, within which term, to whom, and what a bezwaarschrift must contain. The
// brief aan ouders and the decision to leave an aanvraag buiten behandeling share this block.
import type { LetterLayout } from './layout';
import { postcodePlaats } from './labels';
import type { SwvGegevens } from './types';

export function bezwaarclausule(l: LetterLayout, swv: SwvGegevens): void {
  l.heading('Bezwaar maken');
  l.paragraph(
    'Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken. Stuur uw bezwaarschrift binnen ' +
      '6 weken na de dag waarop dit besluit is verzonden naar:',
  );
  l.paragraph(
    [
      swv.naam,
      't.a.v. de directeur-bestuurder',
      swv.adres,
      postcodePlaats(swv.postcode, swv.plaats),
    ].join('\n'),
    { indent: 14 },
  );
  l.paragraph('Uw bezwaarschrift moet in ieder geval bevatten:', { spaceAfter: 2 });
  l.bullets([
    'uw naam en adres;',
    'de datum;',
    'het besluit waartegen u bezwaar maakt (stuur bijvoorbeeld een kopie van deze brief mee);',
    'de redenen waarom u het niet eens bent met het besluit;',
    'uw handtekening.',
  ]);
  // Awb 7:13: the SWV asks the body the beheerder chose (Beheer, Samenwerkingsverband) for advice;
  // the bezwaarschrift itself goes to the SWV, which sends it on.
  const commissie = swv.bezwaaradvies;
  l.paragraph(
    `Het samenwerkingsverband vraagt over uw bezwaar advies aan de ${commissie.naam}. Deze ` +
      'onafhankelijke commissie ontvangt uw bezwaarschrift van ons en nodigt u uit om uw bezwaar ' +
      'toe te lichten. Het adres van de commissie is:',
  );
  l.paragraph(
    [commissie.naam, commissie.adres, postcodePlaats(commissie.postcode, commissie.plaats)].join(
      '\n',
    ),
    { indent: 14 },
  );
  l.paragraph('Heeft u vragen over deze brief? Neem dan contact op met het samenwerkingsverband.', {
    spaceAfter: 12,
  });
}
