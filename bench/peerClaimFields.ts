import type { ClaimType } from '../src/domain/relationshipTypes';

export interface PeerClaimField {
  /** The typed relationship field on the peer's Compound. */
  name: string;
  type: ClaimType;
  /** OUT: the compound is the source; IN: the target. */
  direction: 'IN' | 'OUT';
  /** The node type (and the API's kind) at the other end. */
  otherKind: 'Substance' | 'Receptor' | 'Symptom' | 'Condition';
}

/**
 * Every relationship a compound can have (RELATIONSHIP_ENDS), as the peer's schema must spell it: one
 * typed field per type and kind at the other end. The peer's type definitions and the reading of its
 * answers back into the API's shape both come from this table.
 */
export const PEER_CLAIM_FIELDS: PeerClaimField[] = [
  { name: 'foundIn', type: 'CONTAINS', direction: 'IN', otherKind: 'Substance' },
  { name: 'actsOn', type: 'ACTS_ON', direction: 'OUT', otherKind: 'Receptor' },
  { name: 'relievesSymptoms', type: 'RELIEVES', direction: 'OUT', otherKind: 'Symptom' },
  { name: 'relievesConditions', type: 'RELIEVES', direction: 'OUT', otherKind: 'Condition' },
  { name: 'causesSymptoms', type: 'CAUSES', direction: 'OUT', otherKind: 'Symptom' },
  { name: 'causesConditions', type: 'CAUSES', direction: 'OUT', otherKind: 'Condition' },
];
