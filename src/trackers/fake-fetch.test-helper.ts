/** Test helper: a fetch that answers from a script of responses and records what it was asked. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FetchLike } from './tracker-result.ts';

export type Call = { url: string; init: RequestInit | undefined };
export type Answer = Response | Error | ((call: Call) => Response);

export function fixture(name: string): unknown {
  return JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8'));
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json;charset=UTF-8', ...headers },
  });
}

export function scriptedFetch(answers: Answer[]): FetchLike & { calls: Call[] } {
  const calls: Call[] = [];
  const fn = async (url: string, init?: RequestInit) => {
    const call = { url, init };
    calls.push(call);
    const next = answers.shift();
    if (!next) throw new Error(`unexpected request ${url}`);
    if (next instanceof Error) throw next;
    return typeof next === 'function' ? next(call) : next;
  };
  return Object.assign(fn, { calls });
}
