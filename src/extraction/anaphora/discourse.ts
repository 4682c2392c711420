import type { EntityKind } from '../../domain/entityKinds';
import type { EntityRef } from '../units/unit';
import type { IsPlant, OwnConditionOf } from './ownConditions';

// "is this PAWS already or still acute wd": the weeks after a withdrawal are not what bare "withdrawal"
// names, and nor is the sudden withdrawal an antagonist brings on ("… or u get precipitated wd. naltrexone
// is NOT a wd med").
const LATER_PHASE = /post-acute|protracted|precipitated/i;

/** A dependence on a substance, by any of its names ("opioid addiction", "kratom use disorder"). */
const isDependence = (entity: EntityRef): boolean => entity.kind === 'Condition' && /dependence|addiction|use disorder/i.test(entity.name);

/** A condition named as a withdrawal, of any phase. */
export const isNamedWithdrawal = (entity: EntityRef): boolean => entity.kind === 'Condition' && /withdrawal/i.test(entity.name);

/** A withdrawal bare "withdrawal" or "wd" can stand for: one named as such, not the syndrome of the weeks after it. */
export const isAcuteWithdrawal = (entity: EntityRef): boolean => isNamedWithdrawal(entity) && !LATER_PHASE.test(entity.name);

/**
 * What earlier sentences named, newest last, for anaphors ("it", "both alkaloids", "the drug",
 * "withdrawal") and for lists and answers that take their subject from what came before.
 */
export class Discourse {
  private readonly sentences: EntityRef[][] = [];
  /** Per remembered sentence, the entities it names itself (not through an anaphor). */
  private readonly named: EntityRef[][] = [];
  /** The latest remembered sentence naming each kind (its index in `sentences`), so `latest` need not search back. */
  private readonly latestNaming = new Map<EntityKind, number>();
  private readonly syndromes: EntityRef[] = [];
  private entered: EntityRef | undefined;
  /** The sentence (its index among those remembered) that entered the withdrawal. */
  private enteredIn = 0;
  /** How often each entity was remembered, and in which sentence last (what `mostNamed` reads). */
  private readonly mentionCounts = new Map<string, { entity: EntityRef; count: number; last: number }>();
  /** Where the section under the latest heading or question begins, in `sentences`. */
  private sectionStart = 0;
  private defined: EntityRef | undefined;

  constructor(
    /**
     * `withdrawal`: what bare "withdrawal" means on a page about several substances' withdrawal
     * (`generalWithdrawal`); `stopped`: the substance its title says is stopped (`stoppedInTitle`).
     */
    private readonly topics: { substance?: EntityRef; condition?: EntityRef; titleSubstance?: EntityRef; withdrawal?: EntityRef; stopped?: EntityRef },
    /** The withdrawal or dependence the vocabulary names after a substance ("kratom" → kratom withdrawal). */
    private readonly ownCondition: OwnConditionOf,
    /** Whether a substance is a plant ("the leaf", "the plant" stand for one). */
    private readonly isPlant: IsPlant = () => false,
  ) {}

  /** The plant named last: what "the leaf" or "the plant" stands for when the sentence names none. */
  latestPlant(): EntityRef | undefined {
    for (let index = this.sentences.length - 1; index >= 0; index -= 1) {
      const found = this.sentences[index]!.find((entity) => entity.kind === 'Substance' && this.isPlant(entity));
      if (found) return found;
    }
    return undefined;
  }

  /** The dependence on a substance: "kratom" → kratom dependence. */
  dependenceOn(entity: EntityRef): EntityRef | undefined {
    return this.ownCondition(entity, 'dependence');
  }

  /** The latest dependence condition named, else the dependence on the document's substance. */
  dependence(): EntityRef | undefined {
    for (let index = this.sentences.length - 1; index >= 0; index -= 1) {
      const found = [...this.sentences[index]!].reverse().find((entity) => entity.kind === 'Condition' && /dependence/i.test(entity.name));
      if (found) return found;
    }
    return this.topics.substance && this.dependenceOn(this.topics.substance);
  }

  /** The withdrawal from an entity: "kratom", "kratom dependence" → kratom withdrawal. */
  withdrawalFrom(entity: EntityRef): EntityRef | undefined {
    return this.ownCondition(entity, 'withdrawal');
  }

  remember(entities: readonly EntityRef[], named: readonly EntityRef[]): void {
    if (entities.length === 0) return;
    this.sentences.push([...entities]);
    this.named.push([...named]);
    for (const entity of entities) this.latestNaming.set(entity.kind, this.sentences.length - 1);
    for (const entity of entities) {
      const count = (this.mentionCounts.get(entity.id)?.count ?? 0) + 1;
      this.mentionCounts.set(entity.id, { entity, count, last: this.sentences.length });
    }
  }

  /**
   * The condition the last sentence was about: the first it names, when it names no substance or
   * compound ("Kratom withdrawal is rarely dangerous. It does not cause seizures.").
   */
  conditionTalkedAbout(): EntityRef | undefined {
    const named = this.named[this.named.length - 1] ?? [];
    return named[0]?.kind === 'Condition' && !named.some((entity) => entity.kind === 'Substance' || entity.kind === 'Compound') ? named[0] : undefined;
  }

  /** The entities of `kinds` in the latest sentence that has any: all of them, or its first. */
  latest(kinds: readonly EntityKind[], all: boolean): EntityRef[] {
    const index = Math.max(-1, ...kinds.map((kind) => this.latestNaming.get(kind) ?? -1));
    if (index < 0) return [];
    const found = this.sentences[index]!.filter((entity) => kinds.includes(entity.kind));
    return all ? dedupe(found) : [found[0]!];
  }

  /** The two latest distinct entities of one of `kinds`, named in one sentence or apart; none if there is no such pair. */
  latestPair(kinds: readonly EntityKind[]): EntityRef[] {
    const named: EntityRef[] = [];
    for (let index = this.sentences.length - 1; index >= 0; index -= 1) {
      for (const entity of [...this.sentences[index]!].reverse()) {
        if (!kinds.includes(entity.kind) || named.some((other) => other.id === entity.id)) continue;
        const partner = named.find((other) => other.kind === entity.kind);
        if (partner) return [entity, partner];
        named.push(entity);
      }
    }
    return [];
  }

  /**
   * The page's general withdrawal when it speaks of several at once; else the latest withdrawal named
   * in this section (never the post-acute phase); else the withdrawal from what the title says is
   * stopped ("off oxys"), or from the substance the title names (a "Withdrawal" section of a page
   * titled "Kratom" is about kratom's, whatever an earlier section said of opioid withdrawal); else
   * the latest named anywhere; else the document's most named condition when it is a withdrawal, else
   * the one the writer went into, else the withdrawal of what that condition or the page's substance
   * is named after (a page about kratom use disorder: kratom withdrawal; "been on kratom 4 yrs … the
   * wd is rough").
   */
  withdrawal(): EntityRef | undefined {
    if (this.topics.withdrawal) return this.topics.withdrawal;
    const { condition, substance, stopped, titleSubstance } = this.topics;
    const named = this.latestWithdrawal(this.sectionStart, this.sentences.length) ?? (stopped && this.withdrawalFrom(stopped)) ?? (titleSubstance && this.withdrawalFrom(titleSubstance)) ?? this.latestWithdrawal(0, this.sectionStart);
    if (named) return named;
    if (condition && isAcuteWithdrawal(condition)) return condition;
    if (this.entered && isAcuteWithdrawal(this.entered)) return this.entered;
    return (condition && this.withdrawalFrom(condition)) ?? (substance && this.withdrawalFrom(substance)) ?? condition;
  }

  /**
   * The latest acute withdrawal named in sentences `from` to `to` (exclusive), or the withdrawal of
   * the latest dependence named ("helps people recover from opioid addiction … it eases their withdrawal").
   */
  private latestWithdrawal(from: number, to: number): EntityRef | undefined {
    for (let index = to - 1; index >= from; index -= 1) {
      for (const entity of [...this.sentences[index]!].reverse()) {
        if (isAcuteWithdrawal(entity)) return entity;
        const ofDependence = isDependence(entity) ? this.withdrawalFrom(entity) : undefined;
        if (ofDependence) return ofDependence;
      }
    }
    return undefined;
  }

  /** The condition most recently talked about (the subject of "Typical signs:" or "What helps me:"). */
  recentCondition(): EntityRef | undefined {
    return this.latest(['Condition'], false)[0] ?? this.topics.condition;
  }

  /** A heading or a question on a line of its own opens a section (remembered with it). */
  startSection(): void {
    this.sectionStart = this.sentences.length;
    this.defined = undefined;
  }

  /** The section is an entry defining this headword (structure/definitionEntry): what its "it" stands for. */
  defineSection(headword: EntityRef): void {
    this.defined = headword;
  }

  /** The headword the section defines, if it is a glossary's or a monograph's entry. */
  definedHeadword(): EntityRef | undefined {
    return this.defined;
  }

  /**
   * The condition the section talks about: the latest named since its heading, else the one named
   * most so far, counting what bare "wd" stood for ("tapering never worked for me" in a thread
   * about quitting kratom, whose one "addiction" comes later), else the document's most named
   * ("What else can I do?" after a paragraph on tianeptine dependence is still about the page's withdrawal).
   */
  sectionCondition(): EntityRef | undefined {
    for (let index = this.sentences.length - 1; index >= this.sectionStart; index -= 1) {
      const found = this.sentences[index]!.find((entity) => entity.kind === 'Condition');
      if (found) return found;
    }
    return this.asPageWithdrawal(this.mostNamed('Condition') ?? this.topics.condition);
  }

  /** The withdrawal the writer went into in an earlier sentence ("It helped me wean off tramadol" enters and is helped at once), else the title's. */
  enteredBefore(): EntityRef | undefined {
    return (this.enteredIn < this.sentences.length ? this.entered : undefined) ?? this.stoppedInTitle();
  }

  /** The entity of `kind` the remembered sentences name most (the one named later on a tie). */
  private mostNamed(kind: EntityKind): EntityRef | undefined {
    let best: { entity: EntityRef; count: number; last: number } | undefined;
    for (const entry of this.mentionCounts.values()) {
      if (entry.entity.kind === kind && (!best || entry.count > best.count || (entry.count === best.count && entry.last > best.last))) best = entry;
    }
    return best?.entity;
  }

  /** A condition the text has described by its signs (the source of a PRESENTS_WITH claim). */
  noteSyndrome(condition: EntityRef): void {
    this.syndromes.push(condition);
  }

  /** The condition whose signs were described last: what bare "symptoms" belong to. */
  recentSyndrome(): EntityRef | undefined {
    return this.syndromes[this.syndromes.length - 1] ?? this.recentSignOwner();
  }

  /**
   * Whose signs a sentence lists when it names no condition ("Commonly reported features include …"):
   * the withdrawal of the dependence the latest sentence to name a condition named ("Regular use
   * produces dependence, and stopping results in a syndrome that resembles opioid withdrawal"), as a
   * dependence shows itself through its withdrawal, else the withdrawal it named, else its first condition.
   */
  recentSignOwner(): EntityRef | undefined {
    const conditions = this.latest(['Condition'], true);
    const dependence = conditions.find(isDependence);
    const acute = conditions.find(isAcuteWithdrawal);
    return (dependence && this.withdrawalFrom(dependence)) ?? this.asPageWithdrawal(acute) ?? this.recentCondition();
  }

  /**
   * "Opioid and kratom withdrawal: a guide for families": a withdrawal named only in the title, beside
   * others, stands for the page's general withdrawal when the page goes on about withdrawal unnamed.
   */
  private asPageWithdrawal(entity: EntityRef | undefined): EntityRef | undefined {
    const general = this.topics.withdrawal;
    return entity && general && isAcuteWithdrawal(entity) && this.mentionCounts.get(entity.id)?.last === 1 ? general : entity;
  }

  /** The writer is now in this withdrawal ("I went cold turkey", "day 3 off oxy"). */
  enterWithdrawal(withdrawal: EntityRef): void {
    this.entered = withdrawal;
    this.enteredIn = this.sentences.length;
  }

  /**
   * The withdrawal the account is of: the one entered last, else the document's most named withdrawal, of
   * any phase (a post on PAWS reports the signs of PAWS), else that of what the title says is stopped.
   */
  experiencedWithdrawal(): EntityRef | undefined {
    const topic = this.topics.condition;
    return this.entered ?? (topic && isNamedWithdrawal(topic) ? this.asPageWithdrawal(topic) : undefined) ?? this.stoppedInTitle();
  }

  /** "Quitting kratom", "anyone here quit kratom?": the withdrawal of what the title says is stopped. */
  private stoppedInTitle(): EntityRef | undefined {
    return this.topics.stopped && this.withdrawalFrom(this.topics.stopped);
  }

  topicCondition(): EntityRef | undefined {
    return this.topics.condition;
  }

  topicSubstance(): EntityRef | undefined {
    return this.topics.substance;
  }
}

/** Each entity once, in first-seen order. */
export function dedupe(entities: readonly EntityRef[]): EntityRef[] {
  return [...new Map(entities.map((entity) => [entity.id, entity])).values()];
}
