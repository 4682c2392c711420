import { extractDocument } from '../../../src/extraction/extractDocument';
import { passageAnalyser } from '../../../src/extraction/language/analysePassage';
import { vocabulary } from './vocabularyFixture';

// An extraction is a function of its document alone: wink-nlp keeps what one instance has read and
// reads later text differently ("kratom's" stays one token once "kratom's." has been read), so each
// document is read by an instance of its own (language/isolatedNlp).
describe('documents read one after another', () => {
  const probe = "UDS negative for opiates (NB kratom's main alkaloid, mitragynine, is not detected).";
  const earlier = "I tried phenibut once; it has a withdrawal of its own that's worse than kratom's.";

  it('tokenises a document the same whatever was read before it', () => {
    const tokensOf = (text: string) => passageAnalyser()(text, 0).flatMap((sentence) => sentence.tokens.map((token) => token.text));
    const before = tokensOf(probe);
    passageAnalyser()(earlier, 0);
    expect(tokensOf(probe)).toEqual(before);
    expect(before).toContain("'s");
  });

  it('extracts the same claims from a document whatever was extracted before it', () => {
    const claimsOf = (text: string) => extractDocument(text, vocabulary).claims.map((claim) => `${claim.type} ${claim.sourceId} ${claim.targetId}`);
    const before = claimsOf(probe);
    extractDocument(earlier, vocabulary);
    expect(claimsOf(probe)).toEqual(before);
    expect(before).toEqual(['CONTAINS substance:kratom compound:mitragynine']);
  });
});
