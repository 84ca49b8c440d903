// The layers of docs/architecture.md, each with the list of layers it MAY import (an allow-list, in
// the manner of VS Code's layering rule): anything not on the list is an error, so a new folder or a
// new arrow has to be added here on purpose. Imports inside a layer are always allowed. Tests and
// scripts are outside the layers and may import anything; no layer may import them.
import path from 'node:path';

/** Layer name → its folder (relative to the repository root). The longest matching folder wins. */
export const LAYER_FOLDERS = {
  domain: 'electron/domain',
  contract: 'electron/contract',
  core: 'electron/core',
  db: 'db',
  documents: 'electron/documents',
  letters: 'electron/letters',
  services: 'electron/services',
  demo: 'electron/demo',
  api: 'electron/api',
  transport: 'electron/transport',
  http: 'electron/http',
  server: 'electron/server',
  client: 'electron/client',
  main: 'electron/main',
  preload: 'electron/preload',
  renderer: 'renderer',
};

/** Layer → the layers it may import. No arrow runs upward. */
export const MAY_IMPORT = {
  domain: [],
  contract: ['domain'],
  db: ['domain'],
  core: ['contract', 'domain', 'db'],
  documents: ['core', 'domain'],
  letters: ['core', 'domain'],
  services: ['core', 'contract', 'domain', 'documents', 'letters', 'db'],
  demo: ['services', 'core', 'contract', 'domain', 'documents', 'letters', 'db'],
  api: ['services', 'demo', 'core', 'contract', 'domain', 'documents', 'db'],
  transport: ['contract'],
  http: ['api', 'core', 'contract', 'transport'],
  server: ['api', 'core', 'contract', 'transport'],
  client: ['contract'],
  main: ['api', 'core', 'contract', 'transport', 'client'],
  preload: ['contract', 'transport'],
  renderer: ['contract', 'domain'],
};

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

/** The layer a file belongs to, or null for files outside the layers (tests, scripts, configs). */
export function layerOf(file) {
  const rel = path.relative(ROOT, path.resolve(ROOT, file)).split(path.sep).join('/');
  let best = null;
  for (const [layer, folder] of Object.entries(LAYER_FOLDERS)) {
    if (
      (rel === folder || rel.startsWith(`${folder}/`)) &&
      (!best || folder.length > LAYER_FOLDERS[best].length)
    ) {
      best = layer;
    }
  }
  return best;
}

const listed = (layers) => (layers.length ? layers.join(', ') : 'nothing');

/** @type {import('eslint').Rule.RuleModule} */
export const layersRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Each layer imports only the layers on its allow-list (docs/architecture.md).',
    },
    schema: [],
  },
  create(context) {
    const file = context.filename ?? context.getFilename();
    const own = layerOf(file);
    if (!own) return {};
    function check(node, source) {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = path.resolve(path.dirname(file), source);
      const theirs = layerOf(target);
      if (theirs === own) return;
      if (theirs && MAY_IMPORT[own].includes(theirs)) return;
      context.report({
        node,
        message: theirs
          ? `Layer '${own}' may not import layer '${theirs}' (it may import: ${listed(MAY_IMPORT[own])}); see scripts/lint/layers.js.`
          : `Layer '${own}' may not import '${source}': it is outside the layers (tests, scripts).`,
      });
    }
    const fromSource = (node) => check(node, node.source?.value);
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression: (node) =>
        check(node, node.source?.type === 'Literal' ? node.source.value : undefined),
    };
  },
};

export const tlaPlugin = { rules: { layers: layersRule } };
