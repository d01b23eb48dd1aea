/** A minimal CoNLL-U reader: each sentence's text and its word tokens with their UPOS tags. */

export interface UdToken {
  form: string;
  upos: string;
}

export interface UdSentence {
  text: string;
  tokens: UdToken[];
}

/** Parses CoNLL-U text; multiword-token ranges ("1-2") and empty nodes ("1.1") are skipped. */
export function parseConllu(conllu: string): UdSentence[] {
  const sentences: UdSentence[] = [];
  let text = '';
  let tokens: UdToken[] = [];
  for (const line of conllu.split('\n')) {
    if (line.startsWith('# text = ')) text = line.slice('# text = '.length);
    else if (line.trim() === '') {
      if (tokens.length > 0) sentences.push({ text, tokens });
      text = '';
      tokens = [];
    } else if (!line.startsWith('#')) {
      const cols = line.split('\t');
      if (/^\d+$/.test(cols[0])) tokens.push({ form: cols[1], upos: cols[3] });
    }
  }
  if (tokens.length > 0) sentences.push({ text, tokens });
  return sentences;
}

/** [start, end) of each form in `text`, searched in order; null where a form is not found as written. */
export function spansOf(text: string, forms: string[]): ([number, number] | null)[] {
  let cursor = 0;
  return forms.map((form) => {
    const at = text.indexOf(form, cursor);
    if (at < 0 || at - cursor > 40) return null;
    cursor = at + form.length;
    return [at, cursor];
  });
}
