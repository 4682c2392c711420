/**
 * Everyday words that also name an entity, left out of the vocabulary for that reason ("fits" the
 * description, a dog's "paws"): each names its entity only as the object of a verb that brings on,
 * relieves or is had ("cause fits", "kratom won't fix paws", "had fits"), or after a determiner of
 * quantity ("no fits", "any fits"). Targets are vocabulary ids.
 */
export const HOMOGRAPHS: Readonly<Record<string, string>> = {
  fits: 'symptom:seizures',
  paws: 'condition:post-acute-withdrawal-syndrome',
};

/** Words before a homograph that make it the entity, beside the trigger verbs of relief and cause. */
export const HOMOGRAPH_GOVERNORS: ReadonlySet<string> = new Set(['have', 'get', 'no', 'any', 'of', 'with', 'from', 'for']);
