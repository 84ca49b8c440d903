export declare function importGraph(folders: readonly string[]): Map<string, string[]>;
export declare function findCycles(folders: readonly string[]): string[][];
