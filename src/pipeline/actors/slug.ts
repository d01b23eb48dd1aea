/** Lower-case, accent-free, hyphen-separated id of a name: "U.S. Ambassador" -> "us-ambassador". */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    // letters NFD does not take apart: Turkish ı, Polish ł, Nordic ø and æ, German ß
    .replace(/[ıłøæßđ]/g, (c) => ({ ı: 'i', ł: 'l', ø: 'o', æ: 'ae', ß: 'ss', đ: 'd' })[c] ?? c)
    .replace(/['’.]/g, '') // "U.S." -> "us", "O'Brien" -> "obrien": dots and apostrophes join, not split
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
