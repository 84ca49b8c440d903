import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { findCycles } from '../../../scripts/lint/cycles.mjs';
import { layerOf, MAY_IMPORT } from '../../../scripts/lint/layers.js';

// The lint set-up itself: an upward import and an import cycle must fail `npm test`, shown with
// fixture files in tests/fixtures/lint/.

const fixture = (name: string) => fs.readFileSync(path.join('tests/fixtures/lint', name), 'utf8');

async function layerErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await new ESLint().lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'tla/layers').map((m) => m.message);
}

describe('layer allow-list (tla/layers)', () => {
  it('refuses an upward import: the domain importing a service', async () => {
    const errors = await layerErrors(
      fixture('upward-import.ts.fixture'),
      'electron/domain/fixture.ts',
    );
    expect(errors).toEqual([
      expect.stringContaining("Layer 'domain' may not import layer 'services'"),
    ]);
  });

  it('refuses a service importing the dispatch layer (api), and any layer importing tests', async () => {
    const api = await layerErrors(
      "import { handlers } from '../api/handlers';\nexport const h = handlers;\n",
      'electron/services/fixture.ts',
    );
    expect(api).toEqual([expect.stringContaining("Layer 'services' may not import layer 'api'")]);
    const tests = await layerErrors(
      "import { client } from '../../tests/support/backend';\nexport const c = client;\n",
      'electron/api/fixture.ts',
    );
    expect(tests).toEqual([expect.stringContaining('outside the layers')]);
  });

  it('refuses the renderer reaching the backend, allows it the contract', async () => {
    const bad = await layerErrors(
      "import { adopt } from '../../electron/services/besluit';\nexport const x = adopt;\n",
      'renderer/lib/fixture.ts',
    );
    expect(bad).toEqual([
      expect.stringContaining("Layer 'renderer' may not import layer 'services'"),
    ]);
    const good = await layerErrors(
      "import { contract } from '../../electron/contract';\nexport const x = contract;\n",
      'renderer/lib/fixture.ts',
    );
    expect(good).toEqual([]);
  });

  it('allows a downward import on the list', async () => {
    expect(
      await layerErrors(fixture('downward-import.ts.fixture'), 'electron/services/fixture.ts'),
    ).toEqual([]);
  });

  it('has no arrow upward: the allow-lists form no cycle between layers', () => {
    const visiting = new Set<string>();
    const done = new Set<string>();
    const lists = MAY_IMPORT as Record<string, string[]>;
    const visit = (layer: string): void => {
      expect(visiting.has(layer), `layer cycle through ${layer}`).toBe(false);
      if (done.has(layer)) return;
      visiting.add(layer);
      for (const next of lists[layer] ?? []) visit(next);
      visiting.delete(layer);
      done.add(layer);
    };
    for (const layer of Object.keys(lists)) visit(layer);
    expect(lists.domain).toEqual([]);
  });

  it('places files in their layer by folder, the most specific folder first', () => {
    expect(layerOf('electron/domain/workflow.ts')).toBe('domain');
    expect(layerOf('electron/contract/index.ts')).toBe('contract');
    expect(layerOf('renderer/app/App.tsx')).toBe('renderer');
    expect(layerOf('tests/unit/lint/layers.test.ts')).toBeNull();
  });
});

describe('import cycles (scripts/lint/cycles.mjs)', () => {
  it('reports the cycle of the fixture', () => {
    const cycles = findCycles(['tests/fixtures/lint/cycle']);
    expect(cycles.map((c: string[]) => c.map((f) => path.basename(f)))).toEqual([['a.ts', 'b.ts']]);
  });

  it('finds none in the product', () => {
    expect(findCycles(['electron', 'renderer', 'db'])).toEqual([]);
  });
});
