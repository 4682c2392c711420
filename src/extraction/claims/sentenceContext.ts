import type { EntityKind } from '../../domain/entityKinds';
import type { EntityRef, Unit } from '../units/unit';

/** What the rules of one sentence may ask of the document around it. */
export interface SentenceContext {
  /** The entities of `kinds` an anaphor stands for, from this sentence (before `index`) or earlier ones. */
  resolve(units: readonly Unit[], index: number, kinds: readonly EntityKind[]): EntityRef[];
  /** The entity an unknown name becomes: the vocabulary's if it has the id, else a provisional one. */
  provisional(name: string, kind: EntityKind): EntityRef;
  /** The condition the text is about now ("Typical signs:", "What helps me:"). */
  recentCondition(): EntityRef | undefined;
  /** The condition the section under the latest heading talks about, else the document's (what advice with no object is for). */
  sectionCondition(): EntityRef | undefined;
  /** The withdrawal the writer went into in an earlier sentence ("Quit Nov 1st."), named or not. */
  wentInto(): EntityRef | undefined;
  /** The condition whose signs the text described last (what bare "symptoms" belong to). */
  /** Whose signs a sentence lists when it names no condition: a withdrawal over the dependence it belongs to (anaphora/discourse). */
  recentSignOwner(): EntityRef | undefined;
  recentSyndrome(): EntityRef | undefined;
  /** The withdrawal from a substance ("coming off oxycodone" → opioid withdrawal), if the vocabulary names one. */
  withdrawalFrom(entity: EntityRef): EntityRef | undefined;
  /** The dependence on a substance ("oxycodone" → opioid dependence), if the vocabulary names one. */
  dependenceOn(entity: EntityRef): EntityRef | undefined;
  /** What a question or heading above asked remedies for ("What helps with the symptoms?"), in the section below it. */
  askedRemedyFor(): EntityRef | undefined;
  /** The substance the document is about ("side effects include …"). */
  topicSubstance(): EntityRef | undefined;
  /** The substance the latest heading names, alone on its line ("Loperamide" over "High doses can cause …"). */
  sectionSubstance(): EntityRef | undefined;
  /** The medicines the latest heading names and nothing else ("Clonidine and lofexidine"), in the section under it. */
  sectionDrugs(): EntityRef[];
  /** What bare "withdrawal" means on a page about several substances' withdrawal, if it is one. */
  generalWithdrawal(): EntityRef | undefined;
  /** What bare "withdrawal" means here (anaphora/discourse). */
  withdrawal(): EntityRef | undefined;
  /** The medicine the sentence before said was started or given ("He was given clonidine."), if it said so. */
  previousTreatment(): EntityRef | undefined;
  /** The withdrawal named after a substance, its own (kratom) or its drug class's (methadone → opioid withdrawal). */
  agentWithdrawal(agent: EntityRef): { withdrawal: EntityRef; ofClass: boolean } | undefined;
}
