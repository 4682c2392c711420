// wink-lemmatizer ships no typings: the three functions it exports, each taking an inflected
// word and giving its base form (the word itself when it knows none).
declare module 'wink-lemmatizer' {
  const lemmatizer: {
    noun(word: string): string;
    verb(word: string): string;
    adjective(word: string): string;
  };
  export default lemmatizer;
}
