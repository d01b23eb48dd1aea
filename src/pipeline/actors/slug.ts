/** Lower-case, accent-free, hyphen-separated id of a name: "U.S. Ambassador" -> "us-ambassador". */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’.]/g, '') // "U.S." -> "us", "O'Brien" -> "obrien": dots and apostrophes join, not split
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
