/** `dateline explain ARTICLE`: sentence by sentence, the times, actors and the event each sentence fed. */
import { basename } from 'node:path';
import { readContentOrReport } from './read-content-or-report.ts';
import { readLedgerOrReport } from './read-ledger-or-report.ts';
import { slugifyFileName } from '../build/parse-article.ts';
import { runPipeline } from '../pipeline/index.ts';

export async function run(args: string[]): Promise<number> {
  const [which] = args;
  if (!which) {
    console.error('usage: dateline explain ARTICLE   (an article id or a path under content/articles)');
    return 2;
  }
  const content = await readContentOrReport('explain');
  const ledger = content && (await readLedgerOrReport('explain'));
  if (!content || !ledger) return 1;
  const id = slugifyFileName(basename(which));
  const { analyses, eventOf, timeline, corroborations } = runPipeline(content.articles, content.pins, ledger); // in this thread: it prints the sentence structures
  const analysis = analyses.find((a) => a.article.id === id);
  if (!analysis) {
    console.error(`dateline explain: no article "${id}" in content/articles (ids: ${analyses.map((a) => a.article.id).join(', ')})`);
    return 1;
  }
  const names = new Map(timeline.actors.map((a) => [a.id, a.name]));
  const ids = eventOf.get(id)!;
  console.log(`${analysis.article.file}: "${analysis.article.title}", ${analysis.article.publisher}, published ${analysis.published}`);
  for (const d of analysis.doc.dropped) console.log(`  dropped (${d.reason}): ${d.text}`);
  for (const fact of analysis.facts) {
    const s = fact.sentence;
    console.log(`\n[${s.index}] (paragraph ${s.paragraph}) ${s.text}`);
    for (const t of fact.timexes) {
      const range = t.range ? ` = ${t.range.start}${t.range.end !== t.range.start ? `..${t.range.end}` : ''} (${t.range.precision}${t.certain ? ', stated' : ', relative'}${t.future ? ', future' : ''})` : '';
      console.log(`    time   "${t.text}" ${t.type} ${t.value}${range}  [${t.rule}]`);
    }
    for (const m of fact.mentions) console.log(`    actor  "${m.text}" -> ${m.actor} (${names.get(m.actor) ?? 'not on any event'}) via ${m.via}`);
    for (const note of analysis.notes.filter((n) => n.sentence === s.index)) {
      const eventId = note.candidate === null ? null : ids[note.candidate];
      console.log(`    ${eventId ? `event  ${eventId}: ${note.reason}` : `no event: ${note.reason}`}`);
      for (const line of note.dating ?? []) console.log(`      date ${line}`);
      // the dating sources dated the sentence; another article's report may have dated its event since
      const corroborated = note.candidate === null ? undefined : corroborations.get(`${id}#${note.candidate}`);
      if (corroborated) console.log(`      date ${corroborated}`);
    }
  }
  return 0;
}
