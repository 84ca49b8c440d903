import { z } from 'zod';
import { created, empty, ok } from './common';
import { p } from './procedure';
import * as s from './schemas';

// Accounts: the first start, signing in and out, and the users with their roles.

const userInfo = z.object({
  id: z.number(),
  naam: z.string(),
  username: z.string(),
  roles: z.array(s.role),
  deskundigeId: z.number().nullable(),
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
    'Inloggen met gebruikersnaam en wachtwoord (Argon2id).',
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
    z.object({ session: z.string(), user: userInfo }),
  ),
  'auth.logout': p('authenticated', 'Uitloggen.', empty, ok),
  'auth.me': p('authenticated', 'De ingelogde gebruiker.', empty, userInfo),
  'users.list': p(
    ['beheerder'],
    'Alle gebruikers met hun rollen.',
    empty,
    z.array(userInfo.extend({ active: z.boolean() })),
  ),
  'users.create': p(
    ['beheerder'],
    'Maakt een gebruiker met een of meer rollen.',
    newUser.extend({ roles: z.array(s.role).min(1, { error: 'Kies minstens één rol.' }) }).strict(),
    created,
  ),
} as const;
