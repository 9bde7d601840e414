// Files the user saves or picks, in the renderer only (no Node): a payload from the main process
// becomes a download (Electron shows a save dialog), a picked file becomes base64 for invoke().
import type { FilePayload } from '../../shared/validation/fields.ts';

/** base64 → Blob → object URL → a clicked `<a download>`. */
export function saveFilePayload(payload: FilePayload): void {
  const binary = atob(payload.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: payload.mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = payload.fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A picked file's bytes as base64 (without the data-URL prefix). */
export function readFileAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}
