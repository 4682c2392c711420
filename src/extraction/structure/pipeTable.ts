import { DRUG_KINDS, OUTCOME_KINDS } from '../../domain/entityKinds';
import { findCues } from '../claims/assertionStatus';
import type { ClaimDraft } from '../claims/claimDraft';
import type { EntityRef, Unit } from '../units/unit';

// "| Case | Substance | Features |": a row of a table drawn with pipes; "|---|:---:|" the rule under its header.
const PIPE_ROW = /^\|.*\|$/;
const PIPE_RULE = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$/;

// What a column holds, by its header: the harms seen ("Features", "Adverse effects", "Clinical findings"), or the
// substance each row is about ("Substance", "Product"), not one taken beside it ("Co-ingestants", "Other drugs").
const OUTCOME_HEADER = /feature|symptom|sign|effect|reaction|presentation|finding|complication|toxicit|manifestation/i;
const SUBSTANCE_HEADER = /^(?:substance|drug|product|agent|exposure|compound|medicine|medication|ingested)/i;
const BESIDE_HEADER = /co-?ingest|concomitant|other|also/i;

export const isPipeRow = (text: string): boolean => PIPE_ROW.test(text) && !PIPE_RULE.test(text);
export const isPipeRule = (text: string): boolean => PIPE_RULE.test(text) && text.includes('-');

/** The cells of a pipe row, as their texts' spans in the document (`start` is the row's own offset there). */
export function pipeCells(text: string, start: number): { start: number; end: number; text: string }[] {
  const cells: { start: number; end: number; text: string }[] = [];
  let from = text.startsWith('|') ? 1 : 0;
  for (let at = from; at <= text.length; at += 1) {
    if (at < text.length && text[at] !== '|') continue;
    const raw = text.slice(from, at);
    const lead = raw.length - raw.trimStart().length;
    if (at < text.length || raw.trim().length > 0) cells.push({ start: start + from + lead, end: start + from + lead + raw.trim().length, text: raw.trim() });
    from = at + 1;
  }
  return cells;
}

/**
 * A case series' or a monograph's table ("| Case | Co-ingestants | Features | Outcome |"): in a column
 * whose header names harms, each symptom or condition of a row is one the row's substance brings on:
 * the substance its own column names, else the one the document is about. Each cell keeps its own
 * stance ("no seizures"); a row's other columns (treatment, outcome, what else was taken) say nothing
 * of what caused what, so they make no claim.
 */
export function pipeRowClaims(units: readonly Unit[], cells: readonly { start: number; end: number }[], header: readonly string[], topic: EntityRef | undefined): ClaimDraft[] {
  const inCell = (cell: { start: number; end: number }): Unit[] => units.filter((unit) => unit.start >= cell.start && unit.end <= cell.end);
  const named = header.findIndex((column) => SUBSTANCE_HEADER.test(column) && !BESIDE_HEADER.test(column));
  const own = named >= 0 && cells[named] ? inCell(cells[named]!).find((unit) => unit.entity && DRUG_KINDS.has(unit.entity.kind))?.entity : undefined;
  const substance = own ?? topic;
  if (!substance) return [];
  return header.flatMap((column, at): ClaimDraft[] => {
    if (!OUTCOME_HEADER.test(column) || BESIDE_HEADER.test(column) || !cells[at]) return [];
    const cell = inCell(cells[at]!);
    const negated = findCues(cell).negations.length > 0;
    return cell.flatMap((unit): ClaimDraft[] =>
      unit.entity && OUTCOME_KINDS.has(unit.entity.kind) ? [{ type: 'CAUSES', source: substance, target: unit.entity, polarity: negated ? 'NEGATED' : 'AFFIRMED', certainty: 'ASSERTED' }] : [],
    );
  });
}
