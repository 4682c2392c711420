import winkNLP, { type Model, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

// wink-nlp keeps every word it reads for the first time in the model its instance holds, and what it
// has kept changes how later text is tokenised and tagged: once "kratom's." has been read, "kratom's"
// in another document stays one token where a fresh instance splits it into "kratom" and "'s" (the
// state is not cleared between documents: winkjs/wink-nlp issue #143). An extraction must depend on
// its document alone, so each document gets an instance of its own over a copy of the model as
// loaded. Loading the model is the cost (80 ms); copying what the reading writes to is not (7 ms):
// each feature's lookup table is layered over the loaded one, and its list copied.

interface Feature {
  hash?: Record<string, number>;
  list?: unknown[];
}
interface CoreModel {
  features: Record<string, Feature>;
}

const loadCore = model.core as unknown as () => CoreModel;
let loaded: CoreModel | undefined;
// The model's own loader of its custom-entity machines rewrites a variable of its module on each call
// (a second instance would get a string encoded twice); it is read once and handed to every instance.
let customEntityMachines: unknown;
const loadCustomEntityMachines = model.metaCER as unknown as () => unknown;

function copyOfLoadedCore(): CoreModel {
  loaded ??= loadCore();
  const features = Object.fromEntries(
    Object.entries(loaded.features).map(([name, feature]) => [
      name,
      feature.hash && feature.list ? { ...feature, hash: Object.create(feature.hash) as Record<string, number>, list: [...feature.list] } : feature,
    ]),
  );
  return { ...loaded, features };
}

const isolatedModel = {
  ...model,
  core: copyOfLoadedCore,
  metaCER: () => (customEntityMachines ??= loadCustomEntityMachines()),
} as unknown as Model;

/** A wink-nlp instance that has read nothing yet: one per document. */
export function isolatedNlp(): WinkMethods {
  return winkNLP(isolatedModel);
}
