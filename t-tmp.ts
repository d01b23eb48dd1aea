import { readFileSync, readdirSync } from 'node:fs';
import { tagText } from './src/pipeline/linguistic/tagger.ts';
import { analyzeSentence } from './src/pipeline/linguistic/structure.ts';
import { splitSentences } from './src/pipeline/sentences.ts';
import { cleanArticle } from './src/pipeline/clean.ts';
const texts: string[] = [];
for (const set of readdirSync('eval/gold', { withFileTypes: true }).filter((d) => d.isDirectory())) for (const f of readdirSync(`eval/gold/${set.name}/articles`)) texts.push(readFileSync(`eval/gold/${set.name}/articles/${f}`, 'utf8').replace(/^---[\s\S]*?\n---\n/, ''));
const docs = texts.map((t) => cleanArticle(t));
const sents = docs.flatMap((d) => splitSentences(d).map((s) => s.text));
for (let r = 0; r < 3; r++) {
  let t0 = performance.now(); for (let k = 0; k < 5; k++) for (const s of sents) tagText(s); const a = performance.now() - t0;
  t0 = performance.now(); for (let k = 0; k < 5; k++) for (const d of docs) tagText(d.text); const b = performance.now() - t0;
  t0 = performance.now(); for (let k = 0; k < 5; k++) for (const s of sents) analyzeSentence(s); const c = performance.now() - t0;
  console.log(sents.length * 5, 'sentences: per-sentence tag', a.toFixed(0), 'ms; per-article tag', b.toFixed(0), 'ms; analyze', c.toFixed(0));
}
