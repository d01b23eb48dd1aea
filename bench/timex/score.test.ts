import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpusDir, corpusPresent, loadCorpus } from './corpus.ts';
import { countDocument, dateOnly, emptyCounts, scores, type Span } from './score.ts';
import { parseTimeML } from './timeml.ts';

const span = (start: number, end: number, type = 'DATE', value = '2013'): Span => ({ start, end, type, value });

// [name, gold, system, expected strict P/R, relaxed P/R, type acc, value acc]
const ROWS: [string, Span[], Span[], [number, number, number, number, number, number]][] = [
  ['identical', [span(0, 4)], [span(0, 4)], [1, 1, 1, 1, 1, 1]],
  ['overlap only', [span(0, 10)], [span(3, 7)], [0, 0, 1, 1, 1, 1]],
  ['miss', [span(0, 4)], [], [0, 0, 0, 0, 0, 0]],
  ['false positive', [], [span(0, 4)], [0, 0, 0, 0, 0, 0]],
  ['wrong value', [span(0, 4)], [span(0, 4, 'DATE', '2014')], [1, 1, 1, 1, 1, 0]],
  ['wrong type', [span(0, 4)], [span(0, 4, 'DURATION')], [1, 1, 1, 1, 0, 1]],
  ['half found', [span(0, 4), span(10, 14)], [span(0, 4), span(20, 24)], [0.5, 0.5, 0.5, 0.5, 1, 1]],
  ['exact preferred over first overlap', [span(5, 10)], [span(0, 6, 'DATE', 'x'), span(5, 10)], [0.5, 1, 1, 1, 1, 1]],
];

for (const [name, gold, system, [sp, sr, rp, rr, ta, va]] of ROWS) {
  test(`scorer: ${name}`, () => {
    const s = scores(countDocument(gold, system).counts);
    assert.deepEqual(
      [s.strict.precision, s.strict.recall, s.relaxed.precision, s.relaxed.recall, s.typeAccuracy, s.valueAccuracy],
      [sp, sr, rp, rr, ta, va],
    );
  });
}

test('reader: strips tags, keeps offsets, decodes entities, finds the DCT', () => {
  const xml = '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>'
    + '<TEXT>\nAT&amp;T <EVENT eid="e1">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="2013-03-22">Friday</TIMEX3>.</TEXT></TimeML>';
  const doc = parseTimeML(xml, 'x.tml');
  assert.equal(doc.dct, '2013-03-22');
  assert.equal(doc.text, '\nAT&T said Friday.');
  assert.deepEqual(doc.timexes, [{ start: 11, end: 17, text: 'Friday', type: 'DATE', value: '2013-03-22' }]);
  assert.equal(doc.text.slice(11, 17), 'Friday');
});

test('self-test: the gold annotations fed back score 100', (t) => {
  if (!corpusPresent()) {
    t.skip(`TempEval-3 data not found at ${corpusDir()} (set DATELINE_TEMPEVAL_DIR to run this check)`);
    return;
  }
  const all = emptyCounts();
  const dates = emptyCounts();
  for (const doc of loadCorpus()) {
    for (const g of doc.timexes) assert.equal(doc.text.slice(g.start, g.end), g.text, `${doc.id}: span text`);
    countDocument(doc.timexes, doc.timexes, all);
    const d = dateOnly(doc.timexes, doc.timexes);
    countDocument(d.gold, d.system, dates);
  }
  assert.equal(all.gold, 138, 'the platinum set has 138 TIMEX3 in <TEXT>');
  for (const s of [scores(all), scores(dates)]) {
    assert.deepEqual(
      [s.strict.f1, s.relaxed.f1, s.typeAccuracy, s.valueAccuracy, s.valueF1],
      [1, 1, 1, 1, 1],
    );
  }
});
