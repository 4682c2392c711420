import { maskEmphasis } from '../../../src/extraction/text/maskEmphasis';

describe('maskEmphasis', () => {
  it.each<[string, string]>([
    ['Kratom contains **paynantheine**, **speciogynine** and __mitraphylline__.', 'Kratom contains   paynantheine  ,   speciogynine   and   mitraphylline  .'],
    ['it does *not* cause _seizures_', 'it does  not  cause  seizures '],
    // Not emphasis: a bullet, a multiplication, words joined by underscores, an unclosed marker.
    ['* a bullet item', '* a bullet item'],
    ['2 * 3 * 4', '2 * 3 * 4'],
    ['snake_case_word', 'snake_case_word'],
    ['**unclosed bold', '**unclosed bold'],
  ])('%s', (text, masked) => {
    expect(maskEmphasis(text)).toBe(masked);
    expect(maskEmphasis(text)).toHaveLength(text.length);
  });
});
