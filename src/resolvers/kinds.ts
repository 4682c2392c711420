import type { Resolvers } from '../generated/resolvers';
import { claims, entityFields, related } from './entityFields';

/** One resolver map per kind: the shared fields, plus the domain-named ones the schema gives it (see domainFields.ts). */
export const kindResolvers = {
  Substance: { ...entityFields, contains: related('contains'), actsOn: claims('actsOn'), relieves: related('relieves'), causes: related('causes') },
  Compound: { ...entityFields, foundIn: related('foundIn'), actsOn: claims('actsOn'), relieves: related('relieves') },
  Receptor: { ...entityFields, subtypeOf: related('subtypeOf'), subtypes: related('subtypes'), ligands: claims('ligands') },
  Condition: {
    ...entityFields,
    symptoms: related('symptoms'),
    relievedBy: related('relievedBy'),
    causedBy: related('causedBy'),
    contributingFactors: related('contributingFactors'),
    managedBy: related('managedBy'),
  },
  Symptom: {
    ...entityFields,
    presentIn: related('presentIn'),
    relievedBy: related('relievedBy'),
    causedBy: related('causedBy'),
    contributingFactors: related('contributingFactors'),
    managedBy: related('managedBy'),
  },
  Factor: { ...entityFields, contributesTo: related('contributesTo') },
  Strategy: { ...entityFields, mitigates: related('mitigates') },
} satisfies Resolvers;
