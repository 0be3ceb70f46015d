/**
 * Words joined by dashes, at most `length` characters, lowercase unless `keepCase`: ids for
 * generated categories, file names for downloads (which keep the title's capitals). Letters of
 * every script are kept so Arabic titles and groups give words; only the Latin-family accents
 * (U+0300–U+036F) are dropped, because in other scripts a combining mark can be part of the
 * letter (Arabic أ is ا with a hamza).
 */
export function slugify(text: string, length = 100, keepCase = false): string {
  const plain = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]+/g, '')
    .normalize('NFC');
  return (keepCase ? plain : plain.toLowerCase())
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, length);
}
