import { isAlias, visit, type Document } from 'yaml';

/**
 * A parsed YAML document as plain values, or why it cannot be: `toJS` throws on a document that
 * repeats aliases past the `yaml` package's limit (an "alias bomb" that would expand to
 * gigabytes). `offset` is where to point the reader: the first alias.
 */
export function yamlToJs(doc: Document): { value: unknown } | { problem: string; offset: number } {
  try {
    return { value: doc.toJS() };
  } catch (e) {
    let offset = 0;
    visit(doc, {
      Alias(_, node) {
        if (isAlias(node) && node.range) offset = node.range[0];
        return visit.BREAK;
      },
    });
    const reason = e instanceof ReferenceError ? 'it repeats YAML aliases (*name) too many times' : `it cannot be read (${(e as Error).message})`;
    return { problem: `${reason}: write the values out in full instead of with & and *`, offset };
  }
}
