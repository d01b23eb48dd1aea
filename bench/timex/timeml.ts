/**
 * Reads a TimeML (.tml) document the way TempEval-3 scores it: the text is the `<TEXT>` element
 * with every tag stripped and entities decoded; each TIMEX3 inside it becomes a span with
 * UTF-16 offsets into that text. The document creation time is the TIMEX3 whose
 * functionInDocument is CREATION_TIME (usually in `<DCT>`, outside `<TEXT>`).
 */

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
  mod?: string;
}

export interface TimeMLDocument {
  id: string;
  /** YYYY-MM-DD */
  dct: string;
  text: string;
  timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string): string {
  return raw.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()];
  });
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)) out[m[1]] = decode(m[2]);
  return out;
}

/** Parses one .tml file; `name` is used in error messages and as the document id. */
export function parseTimeML(xml: string, name: string): TimeMLDocument {
  const dctTag = /<TIMEX3\b[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(xml);
  if (!dctTag) throw new Error(`${name}: no TIMEX3 with functionInDocument="CREATION_TIME" (the document creation time); is this a TimeML file?`);
  const dct = attributes(dctTag[0]).value?.slice(0, 10) ?? '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(dct)) throw new Error(`${name}: creation-time value "${dct}" is not a YYYY-MM-DD date`);

  const open = xml.indexOf('<TEXT>');
  const close = xml.indexOf('</TEXT>');
  if (open < 0 || close < open) throw new Error(`${name}: no <TEXT>...</TEXT> element`);
  const body = xml.slice(open + '<TEXT>'.length, close);

  let text = '';
  const timexes: GoldTimex[] = [];
  const stack: { start: number; attrs: Record<string, string> }[] = [];
  let last = 0;
  for (const m of body.matchAll(/<(\/?)([\w:]+)([^>]*)>/g)) {
    text += decode(body.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[2] !== 'TIMEX3') continue;
    if (m[1] === '') {
      if (m[3].trimEnd().endsWith('/')) continue; // empty TIMEX3: no extent in the text
      stack.push({ start: text.length, attrs: attributes(m[3]) });
    } else {
      const top = stack.pop();
      if (!top) throw new Error(`${name}: </TIMEX3> without an opening tag`);
      const { attrs } = top;
      timexes.push({
        start: top.start,
        end: text.length,
        text: text.slice(top.start, text.length),
        type: attrs.type ?? '',
        value: attrs.value ?? '',
        ...(attrs.mod ? { mod: attrs.mod } : {}),
      });
    }
  }
  text += decode(body.slice(last));
  timexes.sort((a, b) => a.start - b.start);
  return { id: name.replace(/\.tml$/, ''), dct, text, timexes };
}
