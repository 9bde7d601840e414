// Before/after of an audit entry as rows of fields, nested objects flattened to dotted keys
// ("centre.name"), each marked changed or not. Pure: no React, no i18n.

export interface DiffRow {
  key: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

export type DiffKind = 'none' | 'created' | 'removed' | 'changed';

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function flatten(v: unknown, prefix: string, out: Map<string, unknown>): void {
  if (isPlainObject(v)) {
    const keys = Object.keys(v);
    if (keys.length === 0 && prefix) out.set(prefix, v);
    for (const k of keys) flatten(v[k], prefix ? `${prefix}.${k}` : k, out);
  } else {
    out.set(prefix, v);
  }
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

export function diffKind(before: unknown, after: unknown): DiffKind {
  const b = before !== null && before !== undefined;
  const a = after !== null && after !== undefined;
  if (b && a) return 'changed';
  if (a) return 'created';
  if (b) return 'removed';
  return 'none';
}

/** Every field of before and after, in the order they first appear. */
export function diffRecords(before: unknown, after: unknown): DiffRow[] {
  const b = new Map<string, unknown>();
  const a = new Map<string, unknown>();
  if (before !== null && before !== undefined) flatten(before, '', b);
  if (after !== null && after !== undefined) flatten(after, '', a);
  const both = diffKind(before, after) === 'changed';
  const keys = [...new Set([...b.keys(), ...a.keys()])];
  return keys.map((key) => ({
    key,
    before: b.get(key),
    after: a.get(key),
    changed: both && !same(b.get(key), a.get(key)),
  }));
}
