// Turns zod issues into catalogue keys. Schemas in shared/ name their own failures with keys
// starting "v." (e.g. "v.nationalId.checksum"); zod's generic issues are mapped by code here, so
// both the main process and the renderer's forms explain a failure the same way in fa or en.
import type { z } from 'zod';
import type { FieldIssue } from '../errors.ts';

type Issue = z.core.$ZodIssue;

export function issueToKey(issue: Issue): FieldIssue {
  if (typeof issue.message === 'string' && issue.message.startsWith('v.')) return { key: issue.message };
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? { key: 'v.required' } : { key: 'v.type' };
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1 ? { key: 'v.required' } : { key: 'v.tooShort', params: { min: Number(issue.minimum) } };
      }
      if (issue.origin === 'array' || issue.origin === 'set') return { key: 'v.tooFew', params: { min: Number(issue.minimum) } };
      return { key: 'v.tooSmall', params: { min: Number(issue.minimum) } };
    case 'too_big':
      if (issue.origin === 'string') return { key: 'v.tooLong', params: { max: Number(issue.maximum) } };
      if (issue.origin === 'array' || issue.origin === 'set') return { key: 'v.tooMany', params: { max: Number(issue.maximum) } };
      return { key: 'v.tooLarge', params: { max: Number(issue.maximum) } };
    case 'invalid_value':
      return { key: 'v.choice' };
    case 'invalid_format':
      return { key: 'v.format' };
    case 'unrecognized_keys':
      return { key: 'v.unknownKeys', params: { keys: issue.keys.join('، ') } };
    case 'not_multiple_of':
      return { key: 'v.integer' };
    default:
      return { key: 'v.invalid' };
  }
}

export function issuePath(issue: Issue): string {
  return issue.path.length === 0 ? '_' : issue.path.map(String).join('.');
}

/** First issue per field path, as catalogue keys. */
export function issuesToFieldKeys(issues: readonly Issue[]): Record<string, FieldIssue> {
  const out: Record<string, FieldIssue> = {};
  for (const issue of issues) {
    const path = issuePath(issue);
    if (!(path in out)) out[path] = issueToKey(issue);
  }
  return out;
}
