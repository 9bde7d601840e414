// The two languages hold the same messages: every key of every namespace in Persian has its
// English twin and back (plural forms aside: each language has its own), and every kind of
// record and action the audit log can name has a label in both.
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from '../../shared/contract/audit.ts';

const LOCALES = join(import.meta.dirname, '../../renderer/locales');
const PLURAL = /_(zero|one|two|few|many|other)$/;

function keysOf(v: unknown, prefix = '', out = new Set<string>()): Set<string> {
  if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
    for (const [k, x] of Object.entries(v)) keysOf(x, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out.add(prefix.replace(PLURAL, ''));
  }
  return out;
}

const read = (lang: string, file: string) => JSON.parse(readFileSync(join(LOCALES, lang, file), 'utf8')) as Record<string, Record<string, string>>;
const namespaces = readdirSync(join(LOCALES, 'fa')).filter((f) => f.endsWith('.json')).sort();

describe('fa and en', () => {
  test('have the same namespaces', () => {
    expect(readdirSync(join(LOCALES, 'en')).filter((f) => f.endsWith('.json')).sort()).toEqual(namespaces);
  });

  test.each(namespaces)('%s: the same keys', (file) => {
    const fa = [...keysOf(read('fa', file))].sort();
    const en = [...keysOf(read('en', file))].sort();
    expect(en.filter((k) => !fa.includes(k)), 'in English only').toEqual([]);
    expect(fa.filter((k) => !en.includes(k)), 'in Persian only').toEqual([]);
  });

  test.each(['fa', 'en'])('%s labels every audited record and action', (lang) => {
    const audit = read(lang, 'audit.json');
    expect(AUDIT_ENTITIES.filter((e) => !audit.entities?.[e])).toEqual([]);
    expect(AUDIT_ACTIONS.filter((a) => !audit.actions?.[a])).toEqual([]);
  });
});
