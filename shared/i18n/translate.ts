// A minimal lookup over the errors catalogue with i18next's `{{name}}` interpolation, so the
// main process can render Persian messages without an i18n runtime while the renderer loads the
// very same JSON into i18next.
import type { MessageParams } from '../errors.ts';
import fa from './errors.fa.json' with { type: 'json' };
import en from './errors.en.json' with { type: 'json' };

export type Lang = 'fa' | 'en';
type Tree = { [k: string]: string | Tree };
export const errorCatalogues: Record<Lang, Tree> = { fa, en };

function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export function hasMessage(key: string, lang: Lang = 'fa'): boolean {
  return lookup(errorCatalogues[lang], key) !== undefined;
}

export function translateError(key: string, params: MessageParams = {}, lang: Lang = 'fa'): string {
  const template = lookup(errorCatalogues[lang], key) ?? lookup(errorCatalogues[lang], 'unknown') ?? key;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    const value = params[name];
    return value === undefined ? '' : String(value);
  });
}

/** Field label for a path like "members.2.nationalId" → label of "nationalId". */
export function fieldLabel(path: string, lang: Lang = 'fa'): string {
  const parts = path.split('.').filter((p) => !/^\d+$/.test(p));
  const last = parts[parts.length - 1] ?? path;
  return lookup(errorCatalogues[lang], `fields.${last}`) ?? last;
}
