import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Plain line checks instead of a YAML parser: the file is flat enough and no dependency is needed.
const yaml = readFileSync(path.resolve(__dirname, '../../../electron-builder.yml'), 'utf8');

function topLevel(key: string): string | undefined {
  return new RegExp(`^${key}:[ \\t]*(.*)$`, 'm').exec(yaml)?.[1]?.trim();
}

function block(key: string): string {
  const match = new RegExp(`^${key}:[ \\t]*\\n((?:[ \\t]+.*\\n?|[ \\t]*#.*\\n?)+)`, 'm').exec(yaml);
  return match?.[1] ?? '';
}

function fuse(name: string): string | undefined {
  return new RegExp(`^[ \\t]+${name}:[ \\t]*(\\S+)`, 'm').exec(block('electronFuses'))?.[1];
}

describe('electron-builder.yml', () => {
  it.each([
    ['runAsNode', 'false'],
    ['enableCookieEncryption', 'true'],
    ['enableNodeOptionsEnvironmentVariable', 'false'],
    ['enableNodeCliInspectArguments', 'false'],
    ['enableEmbeddedAsarIntegrityValidation', 'true'],
    ['onlyLoadAppFromAsar', 'true'],
    ['grantFileProtocolExtraPrivileges', 'false'],
  ])('sets the fuse %s to %s', (name, value) => {
    expect(fuse(name)).toBe(value);
  });

  it('identifies the app', () => {
    expect(topLevel('appId')).toBe('nl.swv.tla');
    expect(topLevel('productName')).toBe('TLA');
  });

  it('packages dist and package.json into an asar, with native modules unpacked', () => {
    expect(block('files')).toMatch(/- dist\/\*\*/);
    expect(block('files')).toMatch(/- package\.json/);
    expect(topLevel('asar')).toBe('true');
    expect(block('asarUnpack')).toContain("'**/*.node'");
    expect(topLevel('npmRebuild')).toBe('true');
  });

  it('targets nsis, dmg, AppImage and deb in the Office category', () => {
    expect(block('win')).toMatch(/target: nsis/);
    expect(block('mac')).toMatch(/target: dmg/);
    expect(block('linux')).toMatch(/- AppImage/);
    expect(block('linux')).toMatch(/- deb/);
    expect(block('linux')).toMatch(/category: Office/);
  });
});
