// Types of scripts/check-deps.mjs for its test.
export declare const ALLOWED: Record<string, string[]>;
export declare function violations(files: Array<{ path: string; source: string }>): string[];
