import { join } from 'node:path';

import { loadVocabulary } from '../../../src/extraction/vocabulary/loadVocabulary';

/** The curated vocabulary, loaded once for the extraction specs. */
export const vocabulary = loadVocabulary(join(__dirname, '../../../seed/vocabulary'));
