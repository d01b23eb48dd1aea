/** Disasters: rows of [sentence, the trigger's words, the type the trigger's rule gave, the type kept]. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeSentence } from '../linguistic/structure.ts';
import { disasterType } from './disaster.ts';
import type { EventType } from '../../schema/event.ts';

test('disasterType: a happening or an attack that a natural hazard did is a disaster', () => {
  const rows: [string, string, EventType, EventType][] = [
    // the disaster noun in the trigger's words, the subject of its verb, a name's word, a passive's agent
    ['A strong earthquake struck the valley on Sunday.', 'earthquake struck', 'other', 'disaster'],
    ['Floods killed at least 40 people in the north.', 'killed', 'attack', 'disaster'],
    ['Typhoon Mawar battered the island overnight.', 'battered', 'attack', 'disaster'],
    ['The port town was battered by a cyclone on Friday.', 'battered', 'attack', 'disaster'],
    ['A wildfire destroyed 200 homes.', 'destroyed', 'other', 'disaster'],
    // an infectious disease, or a happening of one, as what did it
    ['Cholera killed 60 people in the camps last month.', 'killed', 'attack', 'disaster'],
    ['A measles outbreak killed nine children in the district.', 'killed', 'attack', 'disaster'],
    // a happening that is no disease's
    ['An outbreak of fighting killed nine people in the district.', 'killed', 'attack', 'attack'],
    // someone who can act did it: an attack stays an attack, a happening a happening
    ['Rebels killed at least 40 people in the north.', 'killed', 'attack', 'attack'],
    ['The port town was shelled by the navy on Friday.', 'shelled', 'attack', 'attack'],
    ['Troops stormed the building at dawn.', 'stormed', 'attack', 'attack'],
    // the disaster is what the event is about, not who did it: a warning of a storm stays a warning
    ['The agency warned that the storm would hit the coast.', 'warned', 'warning', 'warning'],
    ['The army evacuated villages before the flood.', 'evacuated', 'evacuation', 'evacuation'],
    // a victim's noun phrase: the storm's victims did not storm anything
    ["The storm's victims marched on the capital.", 'marched', 'protest', 'protest'],
    // a thing named for a storm is no storm
    ['The air force launched missiles from Tornado jets.', 'launched missiles from Tornado', 'attack', 'attack'],
    ['Tornado jets struck the airfield.', 'struck', 'attack', 'attack'],
  ];
  for (const [sentence, words, type, expected] of rows) {
    const s = analyzeSentence(sentence);
    const start = sentence.indexOf(words);
    assert.equal(disasterType(s, start, start + words.length, 0, type), expected, sentence);
  }
});
