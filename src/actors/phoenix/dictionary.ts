import { parseRole, type DatedRole } from './role.js';

/**
 * Readers of the PETRARCH2 dictionary formats (TABARI-style .actors files
 * and the agents file), as documented with PETRARCH2. Pure: text in,
 * records out; the build script does the file I/O.
 */

/** One actor record: a primary phrase, its synonyms, and its dated roles. */
export interface ActorRecord {
  /** Phrases as written (underscores kept), primary first. */
  readonly phrases: readonly string[];
  readonly roles: readonly DatedRole[];
  /** Text of the comment on the primary line (e.g. "CountryInfo.txt"), or "". */
  readonly note: string;
}

function stripComment(line: string): { body: string; note: string } {
  const hash = line.indexOf('#');
  if (hash < 0) return { body: line, note: '' };
  return { body: line.slice(0, hash), note: line.slice(hash + 1).trim() };
}

function takeRoles(body: string, into: DatedRole[]): string {
  return body.replace(/\[([^\]]*)\]/g, (_, inner: string) => {
    const role = parseRole(inner);
    if (role) into.push(role);
    return ' ';
  });
}

/**
 * Parse an .actors file. A record starts with a primary phrase line; `+`
 * lines add synonyms; roles come in brackets on the primary line or on
 * indented lines below. Primary lines that follow each other before any
 * role share the roles that come next (PETRARCH's reading).
 */
export function parseActorDictionary(text: string): ActorRecord[] {
  const out: ActorRecord[] = [];
  let phrases: string[] = [];
  let roles: DatedRole[] = [];
  let note = '';
  const flush = () => {
    if (phrases.length > 0) out.push({ phrases, roles, note });
    phrases = [];
    roles = [];
    note = '';
  };
  for (const raw of text.split('\n')) {
    if (raw.trim() === '' || raw.startsWith('#') || raw.startsWith('<!')) continue;
    const { body, note: lineNote } = stripComment(raw);
    if (body.trim() === '') continue;
    if (/^\s/.test(body)) {
      takeRoles(body, roles);
      continue;
    }
    const lineRoles: DatedRole[] = [];
    const rest = takeRoles(body, lineRoles).trim();
    if (body.startsWith('+')) {
      const phrase = rest.slice(1).trim();
      if (phrase) phrases.push(phrase);
    } else {
      if (roles.length > 0) flush();
      if (phrases.length === 0) note = lineNote;
      if (rest) phrases.push(rest);
    }
    roles.push(...lineRoles);
  }
  flush();
  return out;
}

/** One agent (role noun) entry, its substitutions and plurals expanded. */
export interface AgentRecord {
  /** The phrase as written, underscores turned to spaces, upper case as in the file. */
  readonly phrase: string;
  /** The role code without its tilde: GOV, MIL, GOVMIL, NGO... */
  readonly code: string;
  /** 's' singular, 'p' plural, 'n' a form with no separate plural ("police"). */
  readonly number: 's' | 'p' | 'n';
}

/** The regular English plural of the last word of a phrase, as PETRARCH forms it. */
export function pluralOf(phrase: string): string {
  const m = /^(.*?)(\S+)$/.exec(phrase);
  if (!m) return phrase;
  const [, head = '', word = ''] = m;
  const w = word.toUpperCase();
  let p: string;
  if (/[^AEIOU]Y$/.test(w)) p = word.slice(0, -1) + 'IES';
  else if (/(S|X|Z|CH|SH)$/.test(w)) p = word + 'ES';
  else if (/MAN$/.test(w)) p = word.slice(0, -3) + 'MEN';
  else p = word + 'S';
  return head + p;
}

function isPluralWord(w: string): boolean {
  return /(MEN|S)$/.test(w.toUpperCase());
}

/** Parse the agents file: `PHRASE {PLURALS} [~CODE]`, with `!NAME! = A, B` substitution sets. */
export function parseAgentDictionary(text: string): AgentRecord[] {
  const subs = new Map<string, string[]>();
  const out: AgentRecord[] = [];
  for (const raw of text.split('\n')) {
    if (raw.trim() === '' || raw.startsWith('#') || raw.startsWith('<!')) continue;
    const { body } = stripComment(raw);
    const def = /^\s*(![A-Z]+!)\s*=\s*(.+)$/.exec(body);
    if (def) {
      subs.set(def[1]!, def[2]!.split(',').map((s) => s.trim()).filter(Boolean));
      continue;
    }
    const m = /^\s*([^{[]+?)\s*(?:\{([^}]*)\})?\s*\[([^\]}]*)[\]}]/.exec(body);
    if (!m) continue;
    const rawCode = m[3]!.trim();
    const code = rawCode.replace('~', '');
    if (!/^([A-Z]{3})+$/.test(code)) continue;
    const phrase = m[1]!.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
    const plurals = m[2] === undefined ? null : m[2].split(/\s+/).map((s) => s.replace(/_/g, ' ').trim()).filter(Boolean);
    const marker = /![A-Z]+!/.exec(phrase);
    if (marker) {
      for (const item of subs.get(marker[0]) ?? []) {
        const expanded = phrase.replace(marker[0], item).replace(/\s+/g, ' ').trim();
        out.push({ phrase: expanded, code, number: isPluralWord(item) ? 'p' : 's' });
      }
      continue;
    }
    if (plurals === null) {
      out.push({ phrase, code, number: 's' });
      out.push({ phrase: pluralOf(phrase), code, number: 'p' });
    } else if (plurals.length === 0) {
      out.push({ phrase, code, number: 'n' });
    } else {
      out.push({ phrase, code, number: 's' });
      for (const p of plurals) out.push({ phrase: p, code, number: 'p' });
    }
  }
  return out;
}
