/**
 * Editor mistakes in content/actors.yaml that the schema lets through: an alias two actors
 * claim, a name pinned twice, an affiliation naming no actor the pipeline knows. Pure; each
 * answer is a complete "file:line: what is wrong (what to do)" message. None changes data:
 * the pipeline resolves each the way the message says (src/pipeline/actors/pins.ts).
 */
import type { ActorPin } from '../schema/actor.ts';
import { affiliationId, pinForm } from '../pipeline/actors/pins.ts';

/** `lineOf(i, field, j)`: the line of pin i's field (its j-th alias), for messages. */
export type PinLineOf = (pin: number, field: 'name' | 'aliases' | 'affiliation', alias?: number) => number;

export function pinWarnings(file: string, pins: ActorPin[], lineOf: PinLineOf): string[] {
  const warnings: string[] = [];
  // the pipeline gives a shared form to the pin whose name sorts first (pins.ts: pinLookup)
  const winner = (a: ActorPin, b: ActorPin) => (a.name < b.name ? a : b.name < a.name ? b : a);
  const nameAt = new Map<string, number>();
  pins.forEach((pin, i) => {
    const key = pinForm(pin.name);
    const first = nameAt.get(key);
    if (first === undefined) nameAt.set(key, i);
    else warnings.push(`${file}:${lineOf(i, 'name')}: "${pin.name}" is pinned twice (first at line ${lineOf(first, 'name')}): the first entry wins; merge the two entries into one`);
  });
  // every form (name or alias) -> the first pin and line that claimed it
  const claimed = new Map<string, { pin: number; line: number }>();
  pins.forEach((pin, i) => claimed.set(pinForm(pin.name), claimed.get(pinForm(pin.name)) ?? { pin: i, line: lineOf(i, 'name') }));
  pins.forEach((pin, i) => {
    (pin.aliases ?? []).forEach((alias, j) => {
      const key = pinForm(alias);
      const other = claimed.get(key);
      if (other === undefined) claimed.set(key, { pin: i, line: lineOf(i, 'aliases', j) });
      else if (pinForm(pins[other.pin]!.name) !== pinForm(pin.name)) {
        const wins = winner(pins[other.pin]!, pin);
        warnings.push(
          `${file}:${lineOf(i, 'aliases', j)}: alias "${alias}" of "${pin.name}" also names "${pins[other.pin]!.name}" (line ${other.line}): ` +
            `every "${alias}" in the articles goes to "${wins.name}"; remove it from one of the two entries`,
        );
      }
    });
  });
  pins.forEach((pin, i) => {
    if (pin.affiliation && affiliationId(pin.affiliation, pins) === null) {
      warnings.push(
        `${file}:${lineOf(i, 'affiliation')}: affiliation "${pin.affiliation}" of "${pin.name}" names no pinned or known actor, so the affiliation found in the articles is kept: ` +
          `fix the spelling, or pin it as an entry of its own (- name: ${pin.affiliation})`,
      );
    }
  });
  return warnings;
}
