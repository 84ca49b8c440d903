import { describe, expect, it } from 'vitest';
import { CHROMIUM, ensureChromium, INSTALL_COMMAND } from '../../../scripts/ensure-chromium.mjs';

// `npm test` on a fresh machine: the browser is installed when we may (root), otherwise the run stops
// at once with the single command to run.

function fakes(installed: boolean, aptStatus = 0) {
  let present = installed;
  const commands: string[] = [];
  let text = '';
  return {
    commands,
    text: () => text,
    options: {
      exists: (p: string) => p === CHROMIUM && present,
      run: (cmd: string, args: readonly string[]) => {
        commands.push([cmd, ...args].join(' '));
        if (cmd === 'apt-get' && args.includes('install') && aptStatus === 0) present = true;
        return { status: aptStatus };
      },
      write: (s: string) => {
        text += s;
      },
    },
  };
}

describe('ensureChromium', () => {
  it('does nothing when Chromium is there', () => {
    const f = fakes(true);
    expect(ensureChromium({ ...f.options, isRoot: false } as never)).toBe(true);
    expect(f.commands).toEqual([]);
  });

  it('installs Debian’s chromium with apt-get when missing and running as root', () => {
    const f = fakes(false);
    expect(ensureChromium({ ...f.options, isRoot: true } as never)).toBe(true);
    expect(f.commands).toEqual(['apt-get update -qq', 'apt-get install -y -qq chromium']);
  });

  it('stops with the one command to run when missing and not root', () => {
    const f = fakes(false);
    expect(ensureChromium({ ...f.options, isRoot: false } as never)).toBe(false);
    expect(f.commands).toEqual([]);
    expect(f.text()).toContain(INSTALL_COMMAND);
  });

  it('stops with the command when apt-get fails as root', () => {
    const f = fakes(false, 100);
    expect(ensureChromium({ ...f.options, isRoot: true } as never)).toBe(false);
    expect(f.commands).toEqual(['apt-get update -qq']);
    expect(f.text()).toContain(INSTALL_COMMAND);
  });
});
