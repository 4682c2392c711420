import type { Resolvers } from '../generated/resolvers';
import { claims, entityFields, related } from './entityFields';

/** One resolver map per kind: the shared fields, plus the domain-named ones the schema gives it. */
export const kindResolvers = {
  Substance: {
    ...entityFields,
    contains: related('CONTAINS', 'OUTGOING'),
    actsOn: claims('ACTS_ON', 'OUTGOING'),
    relieves: related('RELIEVES', 'OUTGOING'),
    causes: related('CAUSES', 'OUTGOING'),
  },
  Compound: {
    ...entityFields,
    foundIn: related('CONTAINS', 'INCOMING'),
    actsOn: claims('ACTS_ON', 'OUTGOING'),
    relieves: related('RELIEVES', 'OUTGOING'),
  },
  Receptor: {
    ...entityFields,
    subtypeOf: related('SUBTYPE_OF', 'OUTGOING'),
    subtypes: related('SUBTYPE_OF', 'INCOMING'),
    ligands: claims('ACTS_ON', 'INCOMING'),
  },
  Condition: {
    ...entityFields,
    symptoms: related('PRESENTS_WITH', 'OUTGOING'),
    relievedBy: related('RELIEVES', 'INCOMING'),
    causedBy: related('CAUSES', 'INCOMING'),
    contributingFactors: related('CONTRIBUTES_TO', 'INCOMING'),
    managedBy: related('MITIGATES', 'INCOMING'),
  },
  Symptom: {
    ...entityFields,
    presentIn: related('PRESENTS_WITH', 'INCOMING'),
    relievedBy: related('RELIEVES', 'INCOMING'),
    causedBy: related('CAUSES', 'INCOMING'),
    contributingFactors: related('CONTRIBUTES_TO', 'INCOMING'),
    managedBy: related('MITIGATES', 'INCOMING'),
  },
  Factor: {
    ...entityFields,
    contributesTo: related('CONTRIBUTES_TO', 'OUTGOING'),
  },
  Strategy: {
    ...entityFields,
    mitigates: related('MITIGATES', 'OUTGOING'),
  },
} satisfies Resolvers;
