// Types of scripts/chromium.mjs for the TypeScript that imports it.
export declare const CHROMIUM: string;
export declare const BASE_ARGS: string[];
export declare function extensionArgs(dist: string): string[];
