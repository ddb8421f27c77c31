/**
 * How place names are compared: the same key is built from gazetteer names
 * and from spans of the article, so that "St. Petersburg", "St Petersburg"
 * and "ST. PETERSBURG" meet.
 */

/** Lower case, typographic apostrophes and dashes made plain, runs of white space as one space. */
const NEEDS_CLEANING = /[\s\u00a0\u2019\u2018`\u2013\u2014\u2010]/;

export function nameKey(s: string): string {
  if (!NEEDS_CLEANING.test(s)) return s.toLowerCase();
  let out = '';
  let space = false;
  for (let i = 0; i < s.length; i++) {
    let c = s[i]!;
    if (c === ' ' || c === '\n' || c === '\t' || c === '\u00a0') {
      space = out.length > 0;
      continue;
    }
    if (c === '\u2019' || c === '\u2018' || c === '`') c = "'";
    else if (c === '\u2013' || c === '\u2014' || c === '\u2010') c = '-';
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out.toLowerCase();
}

/** The first run of letters of a key: the bucket a name is looked up in ("st. louis" -> "st"). */
export function prefixKey(key: string): string {
  let end = 0;
  while (end < key.length && isLetter(key.charCodeAt(end))) end++;
  return key.slice(0, end);
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);
}

const ABBREVIATIONS: readonly [string, string][] = [
  ['Saint ', 'St. '], ['Saint ', 'St '], ['Sainte ', 'Ste. '], ['Mount ', 'Mt. '], ['Fort ', 'Ft. '], ['Port ', 'Pt. '],
];
/** Words that end the name of an administrative area and may be left out in text ("Kyiv Oblast" -> "Kyiv"). */
const AREA_SUFFIX = /\s+(oblast|province|region|governorate|prefecture|voivodeship|krai|state|city)$/i;

/** Words that end the name of a second-level unit ("DeKalb County"); the bare name is indexed only where no town bears it. */
export const COUNTY_SUFFIX = /\s+(county|parish|borough)$/i;

/** The names under which a gazetteer name is indexed: itself, abbreviated forms, and for areas the name without its suffix. */
export function nameVariants(name: string, isArea: boolean): string[] {
  const out = [name];
  for (const [long, short] of ABBREVIATIONS) {
    if (name.startsWith(long)) out.push(short + name.slice(long.length));
  }
  if (isArea) {
    const bare = name.replace(AREA_SUFFIX, '');
    if (bare !== name && bare.length > 2) out.push(bare);
  }
  return out;
}
