/** A document that cannot be ingested; the message says why, and nothing was written. */
export class DocumentRejectedError extends Error {
  override name = 'DocumentRejectedError';
}

const CONTROL_CHARACTERS = /[\u0000-\u0008\u000e-\u001f]/;

/** Decodes a document's bytes as UTF-8, refusing empty, binary, oversized or malformed input. */
export function decodeDocumentBytes(bytes: Uint8Array, maxBytes: number, name: string): string {
  if (bytes.length > maxBytes) {
    throw new DocumentRejectedError(`${name}: ${bytes.length} bytes is over the limit of ${maxBytes} bytes.`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DocumentRejectedError(`${name}: not valid UTF-8 text.`);
  }
  checkDocumentText(text, maxBytes, name);
  return text;
}

/** Refuses text that is empty, binary (control characters) or over the size limit. */
export function checkDocumentText(text: string, maxBytes: number, name: string): void {
  const size = Buffer.byteLength(text, 'utf8');
  if (size > maxBytes) throw new DocumentRejectedError(`${name}: ${size} bytes is over the limit of ${maxBytes} bytes.`);
  if (text.trim() === '') throw new DocumentRejectedError(`${name}: the document is empty.`);
  const control = CONTROL_CHARACTERS.exec(text);
  if (control) {
    throw new DocumentRejectedError(
      `${name}: looks binary (control character U+${control[0].charCodeAt(0).toString(16).padStart(4, '0')} at offset ${control.index}).`,
    );
  }
}
