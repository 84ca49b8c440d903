import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderApiDocs } from '../../../electron/api/docs';
import { contract } from '../../../electron/contract';

describe('docs/api.md', () => {
  it('is the one generated from the procedure table (run npm run docs:api when this fails)', () => {
    expect(fs.readFileSync('docs/api.md', 'utf8')).toBe(renderApiDocs());
  });

  it('names every procedure with its roles', () => {
    const docs = renderApiDocs();
    for (const name of Object.keys(contract)) expect(docs).toContain(`| \`${name}\` |`);
    expect(docs).toContain('| `besluit.adopt` | directeur |');
  });
});
