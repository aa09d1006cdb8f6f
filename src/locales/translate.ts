/**
 * Fills a catalog's placeholders: the one translate function every context uses.
 * A text has `{name}` placeholders and, wherever a count decides the words, a plural form in the ICU
 * message syntax: `{days, plural, one {# day} other {# days}}`. The branch is chosen with the language's
 * `Intl.PluralRules` (`zero`, `one`, `two`, `few`, `many`, `other`, or an exact `=N`), `#` stands for the
 * number, and a branch may hold `{name}` placeholders itself. `other` is the fallback and is required.
 */
import type { Catalog, MessageKey } from './types.ts';

export type Params = Record<string, string | number>;

export type Translate = (key: MessageKey, params?: Params) => string;

type Part = string | { arg: string } | { arg: string; branches: Record<string, Part[]> };

const PLURAL_HEAD = /^\{\s*(\w+)\s*,\s*plural\s*,/;

/** Parses a message into text, placeholders and plural forms; throws on a malformed plural. */
export function parseMessage(template: string): Part[] {
  const parts: Part[] = [];
  let text = '';
  let i = 0;
  while (i < template.length) {
    const rest = template.slice(i);
    const plural = PLURAL_HEAD.exec(rest);
    const simple = /^\{(\w+)\}/.exec(rest);
    if (plural) {
      if (text) parts.push(text);
      text = '';
      const { branches, end } = parseBranches(template, i + plural[0].length);
      if (!('other' in branches)) throw new Error(`plural without "other": ${template}`);
      parts.push({ arg: plural[1] as string, branches });
      i = end;
    } else if (simple) {
      if (text) parts.push(text);
      text = '';
      parts.push({ arg: simple[1] as string });
      i += simple[0].length;
    } else {
      text += template[i];
      i += 1;
    }
  }
  if (text) parts.push(text);
  return parts;
}

/** `one {…} other {…}}` from `start`: each branch's body parsed, and the index after the closing brace. */
function parseBranches(template: string, start: number): { branches: Record<string, Part[]>; end: number } {
  const branches: Record<string, Part[]> = {};
  let i = start;
  for (;;) {
    while (/\s/.test(template[i] ?? '')) i += 1;
    if (template[i] === '}') return { branches, end: i + 1 };
    const selector = /^(=\d+|zero|one|two|few|many|other)\s*\{/.exec(template.slice(i));
    if (!selector) throw new Error(`malformed plural at ${i}: ${template}`);
    i += selector[0].length;
    let depth = 1;
    const bodyStart = i;
    while (i < template.length && depth > 0) {
      if (template[i] === '{') depth += 1;
      else if (template[i] === '}') depth -= 1;
      i += 1;
    }
    if (depth > 0) throw new Error(`unclosed plural branch: ${template}`);
    branches[(selector[1] as string).trim()] = parseMessage(template.slice(bodyStart, i - 1));
  }
}

/** Every argument a message uses (placeholders and plural arguments), sorted, each once. */
export function messageArgs(template: string): string[] {
  const names = new Set<string>();
  const walk = (parts: Part[]) => {
    for (const part of parts) {
      if (typeof part === 'string') continue;
      names.add(part.arg);
      if ('branches' in part) for (const branch of Object.values(part.branches)) walk(branch);
    }
  };
  walk(parseMessage(template));
  return [...names].sort();
}

/** The plural forms of a message: argument and the branch selectors it offers. */
export function pluralForms(template: string): Array<{ arg: string; selectors: string[] }> {
  const forms: Array<{ arg: string; selectors: string[] }> = [];
  const walk = (parts: Part[]) => {
    for (const part of parts) {
      if (typeof part === 'string' || !('branches' in part)) continue;
      forms.push({ arg: part.arg, selectors: Object.keys(part.branches) });
      for (const branch of Object.values(part.branches)) walk(branch);
    }
  };
  walk(parseMessage(template));
  return forms;
}

function render(parts: Part[], params: Params, rules: Intl.PluralRules, hash?: string): string {
  return parts
    .map((part) => {
      if (typeof part === 'string') return hash === undefined ? part : part.replaceAll('#', hash);
      const value = params[part.arg];
      if (!('branches' in part)) return value === undefined ? `{${part.arg}}` : String(value);
      if (value === undefined) return `{${part.arg}}`;
      const n = Number(value);
      const branch = part.branches[`=${n}`] ?? part.branches[rules.select(n)] ?? part.branches.other ?? [];
      return render(branch, params, rules, String(value));
    })
    .join('');
}

/**
 * A translator over one complete catalog in `lang` (a BCP 47 tag or a UI language such as pt_BR); a
 * placeholder without a value is left as written.
 */
export function translatorFor(catalog: Catalog, lang = 'en'): Translate {
  const rules = new Intl.PluralRules(lang.replace('_', '-'));
  const parsed = new Map<string, Part[]>();
  return (key, params) => {
    const template = catalog[key] ?? key;
    if (!params) return template;
    let parts = parsed.get(template);
    if (!parts) {
      parts = parseMessage(template);
      parsed.set(template, parts);
    }
    return render(parts, params, rules);
  };
}

/**
 * The message with each plural form replaced by its `other` branch (`#` written as `{arg}`): for a
 * format without plurals (the browser's messages.json), which then reads as the general form.
 */
export function withOtherForms(template: string): string {
  const write = (parts: Part[], hashArg?: string): string =>
    parts
      .map((part) => {
        if (typeof part === 'string') return hashArg === undefined ? part : part.replaceAll('#', `{${hashArg}}`);
        if (!('branches' in part)) return `{${part.arg}}`;
        return write(part.branches.other ?? [], part.arg);
      })
      .join('');
  return write(parseMessage(template));
}
