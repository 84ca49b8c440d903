import { z } from 'zod';
import { empty, ok } from './common';
import { meInfo } from './accounts';
import { p } from './procedure';
import * as s from './schemas';
import { leesCode, SESSIE_STAPPEN, type SessieStap } from '../domain/toegang-op-afstand';

// Issue 13 · accounts fit for remote access: the second step of a login, enrolling a second factor,
// the active sessions and the security setting.

const codeInput = z
  .object({
    code: z
      .string({ error: 'Vul de code in.' })
      .trim()
      .min(1, { error: 'Vul de code in.' })
      .max(40, { error: 'Vul de zes cijfers uit uw app in, of een herstelcode.' })
      .refine((v) => leesCode(v) !== null, {
        error: 'Vul de zes cijfers uit uw app in, of een herstelcode (tien tekens).',
      }),
  })
  .strict();

const appCodeInput = z
  .object({
    code: z
      .string({ error: 'Vul de code uit de app in.' })
      .trim()
      .min(1, { error: 'Vul de code uit de app in.' })
      .max(20, { error: 'Vul de zes cijfers in die de app toont.' })
      .refine((v) => leesCode(v)?.soort === 'totp', {
        error: 'Vul de zes cijfers in die de app toont.',
      }),
  })
  .strict();

const beveiliging = z
  .object({
    tweedeFactorOpAfstand: z.boolean({ error: 'Kies of de tweede factor verplicht is.' }),
  })
  .strict();

/** What a session waiting for its code may call; and one that may only enrol a second factor. */
const ALLOWED_IN_STAP: Readonly<Record<Exclude<SessieStap, 'volledig'>, readonly string[]>> = {
  code: ['auth.me', 'auth.logout', 'auth.code'],
  inschrijven: [
    'auth.me',
    'auth.logout',
    'auth.tweedeFactorStatus',
    'auth.tweedeFactorStart',
    'auth.tweedeFactorBevestig',
  ],
};

/** Whether a session at `stap` may call `name` (a full session: everything its roles allow). */
export function allowedInStap(stap: SessieStap, name: string): boolean {
  return stap === 'volledig' || ALLOWED_IN_STAP[stap].includes(name);
}

export const toegangProcedures = {
  'auth.code': p(
    'authenticated',
    'Tweede stap van het inloggen: een code uit de authenticator-app (30 seconden, één stap speling, nooit twee keer dezelfde) of een ongebruikte herstelcode. Geeft een nieuwe, volledige sessie.',
    codeInput,
    z.object({ session: z.string(), user: meInfo }),
  ),
  'auth.tweedeFactorStatus': p(
    'authenticated',
    'Of de gebruiker tweestapsverificatie heeft, sinds wanneer, en hoeveel herstelcodes er nog over zijn.',
    empty,
    z.object({
      actief: z.boolean(),
      sinds: z.string().nullable(),
      herstelcodesOver: z.number(),
    }),
  ),
  'auth.tweedeFactorStart': p(
    'authenticated',
    'Begint het instellen van tweestapsverificatie: een nieuw geheim als otpauth://-adres, als QR-code (SVG) en als tekst. Pas na auth.tweedeFactorBevestig geldt het.',
    empty,
    z.object({ uri: z.string(), secret: z.string(), qrSvg: z.string() }),
  ),
  'auth.tweedeFactorBevestig': p(
    'authenticated',
    'Bevestigt het instellen met een code uit de app; geeft eenmalig tien herstelcodes (alleen gehasht bewaard) en de sessie (een nieuwe als deze alleen mocht instellen).',
    appCodeInput,
    z.object({ herstelcodes: z.array(z.string()), session: z.string() }),
  ),
  'users.tweedeFactorWissen': p(
    ['beheerder'],
    'Wist de tweestapsverificatie van een gebruiker (geheim en herstelcodes), bijvoorbeeld na een verloren telefoon; de sessies van die gebruiker eindigen. Niet de eigen.',
    z.object({ userId: s.id }).strict(),
    ok,
  ),
  'sessies.lijst': p(
    ['beheerder'],
    'De actieve sessies: gebruiker, sinds wanneer, laatst actief, vanaf welk adres, en of de sessie nog op de tweede factor wacht.',
    empty,
    z.array(
      z.object({
        id: z.string(),
        userId: z.number(),
        naam: z.string(),
        username: z.string(),
        sinds: z.string(),
        laatstGezien: z.string(),
        vanaf: z.string(),
        opAfstand: z.boolean(),
        stap: z.enum(SESSIE_STAPPEN),
        eigen: z.boolean(),
      }),
    ),
  ),
  'sessies.beeindig': p(
    ['beheerder'],
    'Beëindigt een sessie van een andere gebruiker meteen (niet de eigen: daarvoor is Uitloggen).',
    z.object({ id: z.string().min(1).max(64) }).strict(),
    ok,
  ),
  'instellingen.beveiliging': p(
    ['beheerder'],
    'Of inloggen vanaf een andere computer een tweede factor vraagt (standaard aan).',
    empty,
    beveiliging,
  ),
  'instellingen.beveiligingZetten': p(
    ['beheerder'],
    'Zet of inloggen vanaf een andere computer een tweede factor vraagt.',
    beveiliging,
    ok,
  ),
} as const;
