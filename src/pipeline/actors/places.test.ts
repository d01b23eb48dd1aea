import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPlaces } from './places.ts';

// [sentence, places]
const PLACES: [string, string[]][] = [
  ['The United States will deploy 3,000 more troops to Romania, Poland and Germany.', ['Romania', 'Poland', 'Germany']],
  ['The troops are based in Fort Bragg, North Carolina.', ['Fort Bragg', 'North Carolina']],
  ['Naval activity grew in the Mediterranean and North Atlantic.', ['Mediterranean', 'North Atlantic']],
  ['Russia annexed the Crimea region of Ukraine in 2014.', ['Crimea region']],
  ['Officials warned that conflict in Eastern Europe would be horrific.', ['Eastern Europe']],
  ['The talks in Moscow ended; Moscow denied it.', ['Moscow']],
  ['Hysteria promoted by Washington spread to Kyiv, Ukraine.', ['Kyiv', 'Ukraine']],
  ['A boat was rammed near Sabina Shoal in the South China Sea.', ['Sabina Shoal', 'South China Sea']],
  ['Ships sailed through the Gulf of Mexico and the Black Sea.', ['Gulf of Mexico', 'Black Sea']],
  ['An earthquake struck Istanbul and the Marmara region.', ['Istanbul', 'Marmara region']],
  ['Russia and Ukraine blamed each other.', []],
  ['Kirby said the Pentagon would send troops.', []],
  ['The Philippine Coast Guard said a boat was rammed off the Ivory Coast.', ['Ivory Coast']],
];

test('findPlaces: gazetteer places, pattern places, and countries and capitals used as places', () => {
  for (const [sentence, places] of PLACES) {
    const found = findPlaces(sentence);
    assert.deepEqual(found.map((p) => p.text), places, sentence);
    for (const p of found) assert.equal(sentence.slice(p.start, p.end), p.text);
  }
});
