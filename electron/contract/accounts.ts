import { z } from 'zod';
import { created, empty, ok } from './common';
import { p } from './procedure';
import * as s from './schemas';
import { SESSIE_STAPPEN } from '../domain/toegang-op-afstand';

// Accounts: the first start, signing in and out, and the users with their roles.

const userInfo = z.object({
  id: z.number(),
  naam: z.string(),
  username: z.string(),
  roles: z.array(s.role),
  deskundigeId: z.number().nullable(),
  /** A password the beheerder set: until it is changed, only the change is possible (S3). */
  mustChangePassword: z.boolean(),
});

/**
 * Issue 13: the signed-in user with how far their session has come ('volledig', or waiting for the
 * second factor's code, or allowed only to enrol one) and whether they have a second factor.
 */
export const meInfo = userInfo.extend({
  stap: z.enum(SESSIE_STAPPEN),
  tweedeFactor: z.boolean(),
});

const userRef = z.object({ userId: s.id }).strict();
const roles = z.array(s.role).min(1, { error: 'Kies minstens één rol.' });

/** What a user with a password the beheerder set may call before changing it (S3). */
const WHILE_PASSWORD_MUST_CHANGE: readonly string[] = [
  'auth.me',
  'auth.logout',
  'auth.wachtwoordWijzigen',
] satisfies readonly (keyof typeof accountsProcedures)[];

export function allowedWhilePasswordMustChange(name: string): boolean {
  return WHILE_PASSWORD_MUST_CHANGE.includes(name);
}

/** Choosing one's own new password: the current one, the new one twice (S3). */
export const wachtwoordWijzigenInput = z
  .object({
    huidig: z
      .string({ error: 'Vul uw huidige wachtwoord in.' })
      .min(1, { error: 'Vul uw huidige wachtwoord in.' })
      .max(200),
    nieuw: s.password,
    herhaling: z.string({ error: 'Herhaal het nieuwe wachtwoord.' }).max(200),
  })
  .strict()
  .refine((v) => v.herhaling === v.nieuw, {
    error: 'De twee nieuwe wachtwoorden zijn niet gelijk.',
    path: ['herhaling'],
  })
  .refine((v) => v.nieuw !== v.huidig, {
    error: 'Kies een ander wachtwoord dan het huidige.',
    path: ['nieuw'],
  });

const newUser = z
  .object({
    naam: s.requiredText('de naam'),
    username: s.username,
    password: s.password,
  })
  .strict();

export const accountsProcedures = {
  'setup.status': p(
    'public',
    'Of de eerste start nog moet worden voltooid.',
    empty,
    z.object({ needsSetup: z.boolean() }),
  ),
  'setup.createBeheerder': p(
    'public',
    'Eerste start: maakt de functioneel beheerder (alleen zolang er geen gebruikers zijn).',
    newUser.strict(),
    ok,
  ),
  'setup.loadDemo': p(
    'public',
    'Eerste start: vult een lege database met het fictieve demo-samenwerkingsverband.',
    empty,
    z.object({
      users: z.array(z.object({ username: z.string(), roles: z.array(s.role) })),
      password: z.string(),
    }),
  ),
  'auth.login': p(
    'public',
    'Inloggen met gebruikersnaam en wachtwoord (Argon2id). Issue 13: met een tweede factor (of vanaf een andere computer wanneer die verplicht is) is de sessie daarna nog niet volledig: `user.stap` zegt of eerst de code (auth.code) of het instellen van de tweede factor volgt.',
    z
      .object({
        username: z
          .string()
          .trim()
          .toLowerCase()
          .min(1, { error: 'Vul uw gebruikersnaam in.' })
          .max(40),
        password: z.string().min(1, { error: 'Vul uw wachtwoord in.' }).max(200),
      })
      .strict(),
    z.object({ session: z.string(), user: meInfo }),
  ),
  'auth.logout': p('authenticated', 'Uitloggen.', empty, ok),
  'auth.me': p('authenticated', 'De ingelogde gebruiker.', empty, meInfo),
  'users.list': p(
    ['beheerder'],
    'Alle gebruikers met hun rollen, of ze actief zijn, of ze hun wachtwoord moeten wijzigen, tot wanneer ze na te veel mislukte pogingen geblokkeerd zijn, en hun open toewijzingen als deskundige.',
    empty,
    z.array(
      userInfo.extend({
        active: z.boolean(),
        /** The instant (ISO UTC) the login throttle's lock ends; null when not locked now. */
        lockedUntil: z.string().nullable(),
        openToewijzingen: z.number(),
        /** Issue 13: whether the user has a second factor (the beheerder may clear it). */
        tweedeFactor: z.boolean(),
      }),
    ),
  ),
  'users.create': p(
    ['beheerder'],
    'Maakt een gebruiker met een of meer rollen; het eerste wachtwoord moet bij de eerste keer inloggen worden gewijzigd.',
    newUser.extend({ roles }).strict(),
    created,
  ),
  'auth.wachtwoordWijzigen': p(
    'authenticated',
    'Het eigen wachtwoord wijzigen (huidig wachtwoord, nieuw wachtwoord twee keer); de andere sessies van de gebruiker eindigen.',
    wachtwoordWijzigenInput,
    ok,
  ),
  'users.update': p(
    ['beheerder'],
    'Wijzigt de naam en de rollen van een gebruiker. Niet: de eigen rol functioneel beheerder afnemen, de rol afnemen van de laatste beheerder, of de rol deskundige van iemand in de pool.',
    z.object({ userId: s.id, naam: s.requiredText('de naam'), roles }).strict(),
    ok,
  ),
  'users.deactiveer': p(
    ['beheerder'],
    'Deactiveert een gebruiker (nooit verwijderen: het auditlog verwijst naar hen); inloggen kan niet meer en open sessies eindigen meteen. Niet: uzelf, de laatste beheerder, of een deskundige met open toewijzingen.',
    userRef,
    ok,
  ),
  'users.activeer': p(['beheerder'], 'Activeert een gedeactiveerde gebruiker weer.', userRef, ok),
  'users.resetWachtwoord': p(
    ['beheerder'],
    'Geeft een gebruiker een tijdelijk wachtwoord, dat bij de volgende keer inloggen moet worden gewijzigd; de sessies van die gebruiker eindigen en een blokkering vervalt.',
    z.object({ userId: s.id, password: s.password }).strict(),
    ok,
  ),
  'users.ontgrendel': p(
    ['beheerder'],
    'Heft de blokkering na te veel mislukte inlogpogingen op.',
    userRef,
    ok,
  ),
} as const;
