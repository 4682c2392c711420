import type { Resolvers } from '../generated/resolvers';
import { connectionResolvers } from './connections';
import { Entity } from './Entity';
import { kindResolvers } from './kinds';
import { addRelationship } from './Mutation/addRelationship';
import { deleteDocument } from './Mutation/deleteDocument';
import { deleteEntity } from './Mutation/deleteEntity';
import { ingestDocument } from './Mutation/ingestDocument';
import { retractRelationship } from './Mutation/retractRelationship';
import { upsertEntity } from './Mutation/upsertEntity';
import { Path } from './Path';
import { Document, Evidence, Mention, Passage } from './provenance';
import { document } from './Query/document';
import { documents } from './Query/documents';
import { entities, entityListOf } from './Query/entities';
import { entity } from './Query/entity';
import { paths } from './Query/paths';
import { relationship } from './Query/relationship';
import { relationships } from './Query/relationships';
import { resolve } from './Query/resolve';
import { search } from './Query/search';
import { stats } from './Query/stats';
import { subgraph } from './Query/subgraph';
import { ReceptorAction, Relationship } from './Relationship';

export const resolvers: Resolvers = {
  Query: {
    entity,
    search,
    resolve,
    stats,
    entities,
    substances: entityListOf('Substance'),
    compounds: entityListOf('Compound'),
    receptors: entityListOf('Receptor'),
    conditions: entityListOf('Condition'),
    symptoms: entityListOf('Symptom'),
    factors: entityListOf('Factor'),
    strategies: entityListOf('Strategy'),
    relationship,
    relationships,
    paths,
    subgraph,
    documents,
    document,
  },
  Mutation: { ingestDocument, deleteDocument, upsertEntity, deleteEntity, addRelationship, retractRelationship },
  Entity,
  ...kindResolvers,
  Relationship,
  ReceptorAction,
  Evidence,
  Document,
  Passage,
  Mention,
  Path,
  ...connectionResolvers,
};
