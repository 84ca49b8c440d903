import type { spawnSync } from 'node:child_process';

export declare const CHROMIUM: string;
export declare const INSTALL_COMMAND: string;
export declare function ensureChromium(options?: {
  exists?: (path: string) => boolean;
  isRoot?: boolean;
  run?: (...args: Parameters<typeof spawnSync>) => { status: number | null };
  write?: (text: string) => void;
}): boolean;
