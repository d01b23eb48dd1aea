import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitParagraph, splitSentences } from './sentences.ts';
import { cleanArticle } from './clean.ts';

const split = (text: string) => splitParagraph(text).map(([s, e]) => text.slice(s, e));

test('splitParagraph: abbreviations, acronyms, quotes', () => {
  const rows: [string, string[]][] = [
    ['He left. She stayed.', ['He left.', 'She stayed.']],
    ['Chairman of the Joint Chiefs of Staff Gen. Mark Milley spoke. Others did not.', ['Chairman of the Joint Chiefs of Staff Gen. Mark Milley spoke.', 'Others did not.']],
    ['A signal to Mr. Putin and the world. Then more.', ['A signal to Mr. Putin and the world.', 'Then more.']],
    ['Austin put 8,500 U.S. troops on alert. Biden agreed.', ['Austin put 8,500 U.S. troops on alert.', 'Biden agreed.']],
    ['The U.S. Ambassador to the U.N. Linda Thomas-Greenfield spoke.', ['The U.S. Ambassador to the U.N. Linda Thomas-Greenfield spoke.']],
    ['Troops will move to the U.S. He said so.', ['Troops will move to the U.S.', 'He said so.']],
    ['The talks on Feb. 20 failed. Another round is set for Sept. 5.', ['The talks on Feb. 20 failed.', 'Another round is set for Sept. 5.']],
    ['"We stand united. We say it again today," he said. Kirby left.', ['"We stand united. We say it again today," he said.', 'Kirby left.']],
    ['"What purpose? We don\'t know," Kirby said.', ['"What purpose? We don\'t know," Kirby said.']],
    ['“I used that once. We stopped,” Psaki said. Next.', ['“I used that once. We stopped,” Psaki said.', 'Next.']],
    ['He added: "We will take all prudent measures."', ['He added: "We will take all prudent measures."']],
    ['‘We stand firm. We won’t move,’ she said. Then she left.', ['‘We stand firm. We won’t move,’ she said.', 'Then she left.']],
    ['The army’s chief resigned. Officials didn’t say why.', ['The army’s chief resigned.', 'Officials didn’t say why.']],
    ['Growth was 3.5 percent. It fell.', ['Growth was 3.5 percent.', 'It fell.']],
    ['Was it? Yes! It was.', ['Was it?', 'Yes!', 'It was.']],
    ['J. R. Smith met Dr. Ana Ruiz at 5 p.m. on Monday.', ['J. R. Smith met Dr. Ana Ruiz at 5 p.m. on Monday.']],
    ['It was sold to Acme Inc. The deal closed.', ['It was sold to Acme Inc.', 'The deal closed.']],
    // a question inside a quotation, then its attribution: the closing quote is read once
    ['"Would he stay?" his lawyer asks. 7 May 2011 The judge rules.', ['"Would he stay?" his lawyer asks.', '7 May 2011 The judge rules.']],
    ['"Why?" she asked. Nobody knew.', ['"Why?" she asked.', 'Nobody knew.']],
    // the closing mark of a quotation opened in an earlier paragraph opens nothing ('tiny," he said', 'the end."')
    ['The spill is tiny," the chief said. He left. Shares fell.', ['The spill is tiny," the chief said.', 'He left.', 'Shares fell.']],
    ['We will stay to the end." The talks ended. Then he left.', ['We will stay to the end."', 'The talks ended.', 'Then he left.']],

    // a headline or caption run into the text with no full stop: a capitalized article or pronoun after a lower-case word opens a sentence
    ['Divers inspect the damaged hull A court bans the ferry from sailing.', ['Divers inspect the damaged hull', 'A court bans the ferry from sailing.']],
    ['Crowds gather in the rain It was the third night of protests.', ['Crowds gather in the rain', 'It was the third night of protests.']],
    // ... not where the word before names what follows, the article is a letter, or inside a quotation
    ['He told The Times that plan A is ready.', ['He told The Times that plan A is ready.']],
    ['Trucks drove from point A to point B.', ['Trucks drove from point A to point B.']],
    ['"The hull A court inspected was sound," he said.', ['"The hull A court inspected was sound," he said.']],
    // a subheading in capitals run into the sentence it heads; an acronym opening a sentence is no subheading
    ['RIVALS RELUCTANT TO ACT The council met on Monday.', ['RIVALS RELUCTANT TO ACT', 'The council met on Monday.']],
    ['NATO said on Monday that US jets would stay.', ['NATO said on Monday that US jets would stay.']],
    ['US AND UK Officials met.', ['US AND UK Officials met.']],
  ];
  for (const [text, expected] of rows) assert.deepEqual(split(text), expected, text);
});

test('splitSentences: offsets point into the cleaned text', () => {
  const doc = cleanArticle('One. Two.\n\nThree "four. five." six.');
  const sentences = splitSentences(doc);
  assert.deepEqual(sentences.map((s) => [s.paragraph, s.text]), [[0, 'One.'], [0, 'Two.'], [1, 'Three "four. five." six.']]);
  for (const s of sentences) assert.equal(doc.text.slice(s.start, s.end), s.text);
});

test('splitSentences: in a chronology, an entry run into a caption starts a sentence at its date heading', () => {
  const chronology = [
    '4 January 2011 Hearings begin.',
    'The judge sits. The clinic opens in Houston 11 January 2011 The doctor is ordered to stand trial.',
    '25 January 2011 He pleads not guilty. The trial was set on 3 March 2011 The Judge agreed.',
    'A photo of the court "Quiet" 2 May 2011 The trial is delayed.',
    'June 2011 Jury selection begins.',
  ].join('\n\n');
  assert.deepEqual(splitSentences(cleanArticle(chronology)).map((s) => s.text), [
    '4 January 2011 Hearings begin.',
    'The judge sits.',
    'The clinic opens in Houston',
    '11 January 2011 The doctor is ordered to stand trial.',
    '25 January 2011 He pleads not guilty.',
    // after "on" the date is a phrase of the sentence, no heading
    'The trial was set on 3 March 2011 The Judge agreed.',
    'A photo of the court "Quiet"',
    '2 May 2011 The trial is delayed.',
    'June 2011 Jury selection begins.',
  ]);
  // the same run-in date in an article that is no chronology stays where it is
  const report = 'The clinic opens in Houston 11 January 2011 The doctor is ordered to stand trial.\n\n4 January 2011 Hearings begin.';
  assert.equal(splitSentences(cleanArticle(report)).length, 2);
  const doc = cleanArticle(chronology);
  for (const s of splitSentences(doc)) assert.equal(doc.text.slice(s.start, s.end), s.text);
});
