import { checkLine, checkText, INPUT_LIMITS, InputRejectedError } from '../domain/inputRules';

export interface DocumentFields {
  title: string;
  source: string | null;
  text: string;
}

/**
 * The input rules for a document, the same for `ingestDocument` and the seed: a one-line title and
 * source within their lengths, and text that is not empty, within `maxBytes` of UTF-8 and free of
 * control characters and lone surrogates. Throws InputRejectedError naming the field.
 */
export function checkDocumentInput({ title, source, text }: DocumentFields, maxBytes: number): void {
  checkLine('title', title, INPUT_LIMITS.title);
  if (source !== null) checkLine('source', source, INPUT_LIMITS.source);
  const size = Buffer.byteLength(text, 'utf8');
  if (size > maxBytes) {
    throw new InputRejectedError(`'text' is ${size} bytes, over the limit of ${maxBytes} bytes (MAX_DOCUMENT_BYTES).`);
  }
  if (text.trim() === '') throw new InputRejectedError("'text' is empty.");
  checkText('text', text);
}
