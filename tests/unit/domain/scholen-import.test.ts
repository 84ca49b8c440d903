import { describe, expect, it } from 'vitest';
import {
  planImport,
  type BestaandBestuur,
  type BestaandeSchool,
  type DuoBestuurRij,
  type DuoSchoolRij,
} from '../../../electron/domain/scholen-import';

let line = 1;
function rij(o: Partial<DuoSchoolRij> = {}): DuoSchoolRij {
  line += 1;
  return {
    regel: line,
    bestuursnummer: '41901',
    bestuursnaam: '',
    instellingscode: '91AA',
    vestigingscode: '91AA00',
    naam: 'OBS De Zevensprong',
    straat: 'Hoofdstraat',
    huisnummer: '12',
    postcode: '6711 AA',
    plaats: 'EDE',
    gemeente: 'EDE',
    ...o,
  };
}

const bestuur = (o: Partial<BestaandBestuur> = {}): BestaandBestuur => ({
  id: 1,
  naam: 'Stichting Openbaar Onderwijs Valleiland',
  bestuursnummer: '41901',
  adres: null,
  postcode: null,
  plaats: null,
  eindDatum: null,
  ...o,
});

const school = (o: Partial<BestaandeSchool> = {}): BestaandeSchool => ({
  id: 10,
  bestuurId: 1,
  naam: 'OBS De Zevensprong',
  brin: '91AA',
  vestiging: '00',
  adres: 'Hoofdstraat 12',
  postcode: '6711 AA',
  plaats: 'Ede',
  gemeente: 'Ede',
  eindDatum: null,
  ...o,
});

const scholen = (rijen: DuoSchoolRij[]) => ({ soort: 'scholen' as const, rijen });
const leeg = { besturen: [], scholen: [] };
const alle = { gemeenten: null };

describe('a school file into an empty TLA', () => {
  it('adds each school and the board it names, named by its number when the file has no name', () => {
    const plan = planImport(scholen([rij()]), leeg, alle);
    expect(plan.regels.map((r) => [r.soort, r.uitkomst, r.code, r.naam])).toEqual([
      ['bestuur', 'toevoegen', '41901', 'Bestuur 41901'],
      ['school', 'toevoegen', '91AA00', 'OBS De Zevensprong'],
    ]);
    expect(plan.regels[0]!.opmerkingen[0]).toMatch(/^Het bestand noemt alleen het nummer/);
    expect(plan.acties.nieuweBesturen).toEqual([
      { bestuursnummer: '41901', naam: 'Bestuur 41901', adres: null, postcode: null, plaats: null },
    ]);
    expect(plan.acties.nieuweScholen).toEqual([
      {
        bestuursnummer: '41901',
        brin: '91AA',
        vestiging: '00',
        naam: 'OBS De Zevensprong',
        adres: 'Hoofdstraat 12',
        postcode: '6711 AA',
        plaats: 'Ede',
        gemeente: 'Ede',
      },
    ]);
    expect(plan.totalen).toEqual({
      toevoegen: 2,
      wijzigen: 0,
      ongewijzigd: 0,
      geweigerd: 0,
      overgeslagen: 0,
    });
  });

  it('names a new board from a column BEVOEGD GEZAG NAAM when the file has one', () => {
    const plan = planImport(scholen([rij({ bestuursnaam: 'Stichting Valleiland' })]), leeg, alle);
    expect(plan.acties.nieuweBesturen[0]!.naam).toBe('Stichting Valleiland');
    expect(plan.regels[0]!.opmerkingen).toEqual([]);
  });

  it('reads the vestiging as DUO writes it: whole (12AB01), two digits, one digit or none', () => {
    const plan = planImport(
      scholen([
        rij({ vestigingscode: '91AA01' }),
        rij({ vestigingscode: '02' }),
        rij({ vestigingscode: '3' }),
        rij({ instellingscode: '91AB', vestigingscode: '' }),
      ]),
      leeg,
      alle,
    );
    expect(plan.acties.nieuweScholen.map((s) => `${s.brin}${s.vestiging}`)).toEqual([
      '91AA01',
      '91AA02',
      '91AA03',
      '91AB00',
    ]);
  });
});

describe('rows the preview refuses, with the reason in Dutch', () => {
  const reasons = (r: DuoSchoolRij) => {
    const plan = planImport(scholen([r]), leeg, alle);
    const regel = plan.regels.find((x) => x.soort === 'school')!;
    expect(regel.uitkomst).toBe('geweigerd');
    expect(plan.acties.nieuweScholen).toEqual([]);
    expect(plan.acties.nieuweBesturen).toEqual([]);
    return regel.redenen;
  };

  it('no BRIN, or not of DUO’s form', () => {
    expect(reasons(rij({ instellingscode: '', vestigingscode: '' }))).toEqual([
      'Het BRIN-nummer (INSTELLINGSCODE) ontbreekt.',
    ]);
    expect(reasons(rij({ instellingscode: '9AA', vestigingscode: '' }))).toEqual([
      'Het BRIN-nummer 9AA heeft niet de vorm van DUO: twee cijfers en twee letters (12AB).',
    ]);
  });

  it('a vestigingscode of another BRIN, or of no known form', () => {
    expect(reasons(rij({ vestigingscode: '92BB00' }))).toEqual([
      'De vestigingscode 92BB00 hoort niet bij BRIN 91AA.',
    ]);
    expect(reasons(rij({ vestigingscode: 'X1' }))[0]).toMatch(/heeft niet de vorm van DUO/);
  });

  it('a postcode that is not Dutch', () => {
    expect(reasons(rij({ postcode: '37711 XX' }))).toEqual([
      'De postcode 37711 XX is geen Nederlandse postcode (1234 AB).',
    ]);
  });

  it('no name, place, gemeente or board number; every reason is named', () => {
    expect(reasons(rij({ naam: '', plaats: '', gemeente: '', bestuursnummer: '' }))).toEqual([
      'De naam van de school (VESTIGINGSNAAM) ontbreekt.',
      'De plaats (PLAATSNAAM) ontbreekt.',
      'De gemeente (GEMEENTENAAM) ontbreekt.',
      'Het bestuursnummer (BEVOEGD GEZAG NUMMER) ontbreekt.',
    ]);
    expect(reasons(rij({ bestuursnummer: '4190A' }))).toEqual([
      'Het bestuursnummer 4190A heeft geen vijf cijfers.',
    ]);
  });

  it('a cell the file’s own check refused (too long)', () => {
    expect(
      reasons(rij({ fouten: ['De kolom VESTIGINGSNAAM is te lang (hoogstens 200 tekens).'] })),
    ).toEqual(['De kolom VESTIGINGSNAAM is te lang (hoogstens 200 tekens).']);
  });

  it('the same school twice in the file: the first counts, the second is refused', () => {
    const first = rij();
    const second = rij({ naam: 'Andere naam' });
    const plan = planImport(scholen([first, second]), leeg, alle);
    const regels = plan.regels.filter((r) => r.soort === 'school');
    expect(regels.map((r) => r.uitkomst)).toEqual(['toevoegen', 'geweigerd']);
    expect(regels[1]!.redenen).toEqual([
      `Dubbele regel: school 91AA00 staat ook op regel ${first.regel}.`,
    ]);
    expect(plan.acties.nieuweScholen).toHaveLength(1);
  });

  it('a board with an end date takes no new school', () => {
    const plan = planImport(
      scholen([rij()]),
      { besturen: [bestuur({ eindDatum: '2026-08-01' })], scholen: [] },
      alle,
    );
    expect(plan.regels[0]!.redenen).toEqual([
      'Bestuur 41901 (Stichting Openbaar Onderwijs Valleiland) wordt beëindigd per 1 augustus 2026; er kan geen school bij.',
    ]);
  });
});

describe('a school file into a TLA that has schools', () => {
  const bestaand = {
    besturen: [bestuur(), bestuur({ id: 2, naam: 'Ander', bestuursnummer: '41902' })],
    scholen: [school()],
  };

  it('a row like the school TLA holds changes nothing (case and spaces aside)', () => {
    const plan = planImport(
      scholen([rij({ naam: 'OBS DE ZEVENSPRONG', straat: 'hoofdstraat ', postcode: '6711aa' })]),
      bestaand,
      alle,
    );
    expect(plan.regels.map((r) => r.uitkomst)).toEqual(['ongewijzigd']);
    expect(plan.acties.schoolWijzigingen).toEqual([]);
  });

  it('a changed field is named with its old and new value; empty cells change nothing', () => {
    const plan = planImport(
      scholen([
        rij({ straat: 'Nieuwe Markt', huisnummer: '1', postcode: '', bestuursnummer: '41902' }),
      ]),
      bestaand,
      alle,
    );
    expect(plan.regels[0]!.wijzigingen).toEqual([
      { veld: 'Adres', oud: 'Hoofdstraat 12', nieuw: 'Nieuwe Markt 1' },
      {
        veld: 'Bestuur',
        oud: 'Stichting Openbaar Onderwijs Valleiland (41901)',
        nieuw: 'Ander (41902)',
      },
    ]);
    expect(plan.acties.schoolWijzigingen).toEqual([
      { id: 10, set: { adres: 'Nieuwe Markt 1', bestuursnummer: '41902' } },
    ]);
  });

  it('an ended school is compared and stays ended', () => {
    const plan = planImport(
      scholen([rij()]),
      { ...bestaand, scholen: [school({ eindDatum: '2025-08-01' })] },
      alle,
    );
    expect(plan.regels[0]!.uitkomst).toBe('ongewijzigd');
    expect(plan.regels[0]!.opmerkingen).toEqual([
      'Deze school is beëindigd per 1 augustus 2025; dat blijft zo.',
    ]);
  });

  it('a board without a name gets the name the file gives', () => {
    const plan = planImport(
      scholen([rij({ bestuursnaam: 'Stichting Valleiland' })]),
      { ...bestaand, besturen: [bestuur({ naam: 'Bestuur 41901' })] },
      alle,
    );
    expect(plan.acties.bestuurWijzigingen).toEqual([
      { id: 1, set: { naam: 'Stichting Valleiland' } },
    ]);
    expect(plan.regels.find((r) => r.soort === 'bestuur')!.uitkomst).toBe('wijzigen');
  });
});

describe('only the SWV’s gemeenten', () => {
  it('skips new schools outside the chosen gemeenten, but compares the schools TLA holds anywhere', () => {
    const plan = planImport(
      scholen([
        rij(),
        rij({ instellingscode: '92BA', vestigingscode: '92BA00', gemeente: 'VEENENDAAL' }),
        rij({
          instellingscode: '93CA',
          vestigingscode: '93CA00',
          gemeente: 'AMSTERDAM',
          postcode: 'fout',
        }),
      ]),
      { besturen: [bestuur()], scholen: [school({ gemeente: 'Ede' })] },
      { gemeenten: ['Veenendaal'] },
    );
    expect(plan.regels.map((r) => [r.code, r.uitkomst])).toEqual([
      ['91AA00', 'ongewijzigd'],
      ['92BA00', 'toevoegen'],
    ]);
    expect(plan.totalen.overgeslagen).toBe(1);
    expect(plan.gemeenten).toEqual([
      { naam: 'Amsterdam', aantal: 1 },
      { naam: 'Ede', aantal: 1 },
      { naam: 'Veenendaal', aantal: 1 },
    ]);
  });
});

describe('a file of boards', () => {
  let n = 1;
  const b = (o: Partial<DuoBestuurRij> = {}): DuoBestuurRij => ({
    regel: (n += 1),
    bestuursnummer: '41901',
    naam: 'Stichting Openbaar Onderwijs Valleiland',
    straat: 'Stationsplein',
    huisnummer: '3',
    postcode: '6711 AB',
    plaats: 'EDE',
    gemeente: 'EDE',
    ...o,
  });

  it('adds new boards, names the nameless, refuses bad rows and duplicates', () => {
    const plan = planImport(
      {
        soort: 'besturen',
        rijen: [
          b(),
          b({ bestuursnummer: '41902', naam: 'Vereniging De Heuvelrug' }),
          b({ bestuursnummer: '41902', naam: 'Dubbel' }),
          b({ bestuursnummer: '123456' }),
          b({ bestuursnummer: '41903', naam: '' }),
        ],
      },
      { besturen: [bestuur({ naam: 'Bestuur 41901' })], scholen: [] },
      alle,
    );
    expect(plan.regels.map((r) => r.uitkomst)).toEqual([
      'wijzigen',
      'toevoegen',
      'geweigerd',
      'geweigerd',
      'geweigerd',
    ]);
    expect(plan.regels[0]!.wijzigingen.map((w) => w.veld)).toEqual([
      'Naam',
      'Adres',
      'Postcode',
      'Plaats',
    ]);
    expect(plan.regels[2]!.redenen[0]).toMatch(/^Dubbele regel: bestuur 41902 staat ook op regel/);
    expect(plan.regels[3]!.redenen).toEqual(['Het bestuursnummer 123456 heeft geen vijf cijfers.']);
    expect(plan.regels[4]!.redenen).toEqual(['De naam (BEVOEGD GEZAG NAAM) ontbreekt.']);
    expect(plan.acties.nieuweBesturen.map((x) => x.bestuursnummer)).toEqual(['41902']);
    expect(plan.acties.bestuurWijzigingen).toEqual([
      {
        id: 1,
        set: {
          naam: 'Stichting Openbaar Onderwijs Valleiland',
          adres: 'Stationsplein 3',
          postcode: '6711 AB',
          plaats: 'Ede',
        },
      },
    ]);
  });

  it('a board number a spreadsheet shortened gets its leading zero back', () => {
    const plan = planImport(
      { soort: 'besturen', rijen: [b({ bestuursnummer: '1234' })] },
      leeg,
      alle,
    );
    expect(plan.acties.nieuweBesturen[0]!.bestuursnummer).toBe('01234');
  });
});
