import { z } from 'zod';
import { contract, type Access } from '../contract';

// docs/api.md is generated from the procedure table, so it cannot drift: a unit test fails when the
// committed file differs from what this renders (`npm run docs:api` rewrites it).

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  const?: unknown;
}

function typeOf(s: JsonSchema): string {
  if (s.enum) return s.enum.map((v) => `'${String(v)}'`).join(' \\| ');
  if (s.const !== undefined) return `'${String(s.const)}'`;
  if (s.anyOf) return s.anyOf.map(typeOf).join(' \\| ');
  if (s.type === 'array') return `${s.items ? typeOf(s.items) : 'unknown'}[]`;
  if (s.type === 'object') return 'object';
  return Array.isArray(s.type) ? s.type.join(' \\| ') : (s.type ?? 'unknown');
}

function fields(schema: z.ZodType, io: 'input' | 'output'): string {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  const rows: string[] = [];
  const walk = (s: JsonSchema, prefix: string) => {
    const target = s.type === 'array' && s.items ? s.items : s;
    const suffix = s.type === 'array' ? '[]' : '';
    for (const [key, value] of Object.entries(target.properties ?? {})) {
      const name = `${prefix}${suffix}${prefix || suffix ? '.' : ''}${key}`;
      const required = (target.required ?? []).includes(key) ? '' : ' (optioneel)';
      rows.push(`${name}: ${typeOf(value)}${required}`);
      if (value.properties || value.items?.properties) walk(value, name);
    }
  };
  walk(json, '');
  return rows.length ? rows.join('<br>') : json.type === 'array' ? `${typeOf(json)}` : '—';
}

const accessText = (a: Access): string =>
  a === 'public' ? 'openbaar' : a === 'authenticated' ? 'elke ingelogde gebruiker' : a.join(', ');

export function renderApiDocs(): string {
  const lines = [
    '# API: de procedure-tabel',
    '',
    'Gegenereerd uit `electron/contract/` (index.ts en de modules per gebied) met `npm run docs:api`; een test faalt als dit bestand verouderd is.',
    'Elke aanroep is een envelop `{ name, input, session }` over IPC of de loopback-HTTP-transport.',
    '',
    '| procedure | rollen | omschrijving | invoer | uitvoer |',
    '|---|---|---|---|---|',
  ];
  for (const [name, p] of Object.entries(contract)) {
    lines.push(
      `| \`${name}\` | ${accessText(p.access)} | ${p.summary} | ${fields(p.input, 'input')} | ${fields(p.output, 'output')} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
