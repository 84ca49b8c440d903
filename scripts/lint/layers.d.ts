import type { ESLint, Rule } from 'eslint';

export declare const LAYER_FOLDERS: Readonly<Record<string, string>>;
export declare const MAY_IMPORT: Readonly<Record<string, readonly string[]>>;
export declare function layerOf(file: string): string | null;
export declare const layersRule: Rule.RuleModule;
export declare const tlaPlugin: ESLint.Plugin;
