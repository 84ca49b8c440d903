import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { app, session } from 'electron';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  EXTERNAL_LINK_HOSTS,
  isAllowedExternalLink,
  openExternalLink,
} from '../../../electron/main/external-links';
import { applySecurityHandlers, isAllowedNavigation } from '../../../electron/main/security';
import * as fake from '../../fakes/electron';

// Creates a web contents the way Electron announces one, after the guards were installed.
function createdContents(): fake.FakeWebContents {
  const contents = new fake.FakeWebContents();
  fake.app.emit('web-contents-created', new fake.FakeEvent(), contents);
  return contents;
}

function navigate(contents: fake.FakeWebContents, event: string, url: string): boolean {
  const navigation = new fake.FakeEvent();
  contents.emit(event, navigation, url);
  return navigation.defaultPrevented;
}

describe('isAllowedNavigation', () => {
  it.each(['app://tla/index.html', 'app://tla/', 'app://tla/index.html#/werk'])(
    'allows %s',
    (url) => {
      expect(isAllowedNavigation(url)).toBe(true);
    },
  );

  it.each([
    'https://evil.example/',
    'https://wetten.overheid.nl/BWBR0003420',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'app://evil/',
    'app://tla.evil/',
    'javascript:alert(1)',
    'data:text/html,<script>1</script>',
    'about:blank',
    'chrome://settings',
    '',
  ])('refuses %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });
});

describe('applySecurityHandlers', () => {
  beforeEach(() => {
    fake.resetFakeElectron();
    applySecurityHandlers(app, session.defaultSession);
  });

  it('prevents navigation away from the app origin', () => {
    const contents = createdContents();
    expect(navigate(contents, 'will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'app://evil/index.html')).toBe(true);
    expect(fake.shell.openedExternal).toEqual([]);
  });

  it('lets the app navigate within its own origin', () => {
    expect(navigate(createdContents(), 'will-navigate', 'app://tla/index.html')).toBe(false);
  });

  it('prevents redirects away from the app origin', () => {
    const contents = createdContents();
    expect(navigate(contents, 'will-redirect', 'https://evil.example/')).toBe(true);
    expect(navigate(contents, 'will-redirect', 'app://tla/index.html')).toBe(false);
  });

  it('opens an allow-listed link in the browser instead of navigating to it', () => {
    const url = 'https://wetten.overheid.nl/BWBR0003420/';
    expect(navigate(createdContents(), 'will-navigate', url)).toBe(true);
    expect(fake.shell.openedExternal).toEqual([url]);
  });

  it('denies every window.open, opening only allow-listed links externally', () => {
    const handler = createdContents().windowOpenHandler;
    expect(handler).not.toBeNull();
    expect(handler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(handler?.({ url: 'app://tla/index.html' })).toEqual({ action: 'deny' });
    expect(handler?.({ url: 'https://wetten.overheid.nl/x' })).toEqual({ action: 'deny' });
    expect(fake.shell.openedExternal).toEqual(['https://wetten.overheid.nl/x']);
  });

  it('blocks attaching a <webview>', () => {
    const contents = createdContents();
    const event = new fake.FakeEvent();
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });

  it('denies every permission request', () => {
    const handler = fake.session.defaultSession.permissionRequestHandler;
    expect(handler).not.toBeNull();
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
    ]) {
      const answers: boolean[] = [];
      handler?.({}, permission, (granted) => answers.push(granted), {});
      expect(answers).toEqual([false]);
    }
  });

  it('answers every permission check with false', () => {
    const check = fake.session.defaultSession.permissionCheckHandler;
    expect(check).not.toBeNull();
    for (const permission of ['media', 'geolocation', 'clipboard-read', 'fullscreen']) {
      expect(check?.({}, permission, 'app://tla', {})).toBe(false);
    }
  });
});

describe('external links', () => {
  beforeEach(() => fake.resetFakeElectron());

  it('allows only https links on allow-listed hosts', () => {
    expect([...EXTERNAL_LINK_HOSTS]).toEqual(['wetten.overheid.nl']);
    expect(isAllowedExternalLink('https://wetten.overheid.nl/BWBR0003420')).toBe(true);
    for (const url of [
      'http://wetten.overheid.nl/',
      'https://wetten.overheid.nl.evil.example/',
      'https://evil.example/?https://wetten.overheid.nl',
      'https://user@wetten.overheid.nl/',
      'https://wetten.overheid.nl:8443/',
      'file:///C:/Windows/system32/calc.exe',
      'smb://server/share',
      'ms-msdt:/id',
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect(isAllowedExternalLink(url), url).toBe(false);
    }
  });

  it('passes nothing but allowed links to shell.openExternal', () => {
    expect(openExternalLink('smb://server/share')).toBe(false);
    expect(openExternalLink('https://wetten.overheid.nl/a b')).toBe(true);
    expect(fake.shell.openedExternal).toEqual(['https://wetten.overheid.nl/a%20b']);
  });

  it('is the only module that calls shell.openExternal', () => {
    const root = path.resolve(__dirname, '../../../electron');
    const offenders = sourceFiles(root)
      .filter((file) => /\bopenExternal\s*\(/.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(root, file));
    expect(offenders).toEqual([path.join('main', 'external-links.ts')]);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|mts|cts)$/.test(name) ? [full] : [];
  });
}
