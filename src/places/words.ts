import { readFileSync } from 'node:fs';

/** Word lists that help tell a place name from a look-alike (data/places/words.tsv, name-words.tsv). */
export interface PlaceWords {
  /** Word after a name making it an admin1 ("region", "oblast") or admin2 ("county") mention. */
  readonly admin1: ReadonlySet<string>;
  readonly admin2: ReadonlySet<string>;
  /** Word before "of" making the next name a town ("city of"). */
  readonly city: ReadonlySet<string>;
  /** Adjective before a name making the mention a part of it ("eastern Ukraine"). */
  readonly direction: ReadonlySet<string>;
  readonly locative: ReadonlySet<string>;
  /** Capitalised words that may follow a place inside a name or title ("Gainesville Police"). */
  readonly continuation: ReadonlySet<string>;
  readonly honorific: ReadonlySet<string>;
  readonly speech: ReadonlySet<string>;
  /** Head words of named buildings and sites ("Cathedral"). */
  readonly landmark: ReadonlySet<string>;
  /** Head words of streets and natural features, after the name ("Street", "River") or before it ("Lake"), and of numbered roads. */
  readonly feature: ReadonlySet<string>;
  readonly featureBefore: ReadonlySet<string>;
  readonly route: ReadonlySet<string>;
  /** One-word place names that are ordinary words too ("mobile"). */
  readonly common: ReadonlySet<string>;
  /** Given names ("vladimir", "michael"): the capitalised word after one is a surname. */
  readonly given: ReadonlySet<string>;
  /** Ordinary words (seen in lower case): capitalised next to a town's name they make a compound name, not a person's. */
  readonly lower: ReadonlySet<string>;
  /** Capitalised words that are never place names in running text (months, weekdays). */
  readonly never: ReadonlySet<string>;
}

const rows = (text: string) => text.split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));

export function loadPlaceWords(dir: string): PlaceWords {
  const byRole = new Map<string, Set<string>>();
  for (const [role, word] of [...rows(readFileSync(`${dir}/words.tsv`, 'utf8')), ...rows(readFileSync(`${dir}/name-words.tsv`, 'utf8'))]) {
    if (!role || !word) continue;
    let set = byRole.get(role);
    if (!set) byRole.set(role, (set = new Set()));
    set.add(word);
  }
  const get = (role: string): ReadonlySet<string> => byRole.get(role) ?? new Set();
  return Object.freeze({
    admin1: get('admin1'), admin2: get('admin2'), city: get('city'), direction: get('direction'),
    locative: get('locative'), continuation: get('continuation'), honorific: get('honorific'),
    speech: get('speech'), landmark: get('landmark'), feature: get('feature'), featureBefore: get('feature-before'), route: get('route'), common: get('common'), given: get('given'), lower: get('lower'), never: get('never'),
  });
}
