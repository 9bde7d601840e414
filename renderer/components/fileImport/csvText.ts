// A picked spreadsheet's text. Only UTF-8 is read (with or without the BOM Excel's "CSV UTF-8"
// writes): a file in another encoding is refused with a reason the user can act on, never
// guessed at, since a wrong guess would import garbled names.

/** Bytes → text: UTF-8 only (with or without BOM); anything else is refused, not guessed. */
export function decodeUtf8(bytes: ArrayBuffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return null;
  }
}

/** The file's text, or why there is none: the reasons are "import.*" keys of both screens. */
export async function readCsvText(file: File): Promise<{ ok: true; text: string } | { ok: false; reason: 'readFailed' | 'notUtf8' }> {
  let text: string | null;
  try {
    text = decodeUtf8(await file.arrayBuffer());
  } catch {
    return { ok: false, reason: 'readFailed' };
  }
  return text === null ? { ok: false, reason: 'notUtf8' } : { ok: true, text };
}
