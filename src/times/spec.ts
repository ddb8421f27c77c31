/**
 * What a recognized time expression means, before it is anchored: the
 * grammar produces a TimeSpec, `resolve` turns it into a TIMEX3 type and
 * value given the publication date, the tense and the text's last date.
 */

export type Unit =
  | 'second' | 'minute' | 'hour' | 'day' | 'week' | 'fortnight' | 'month' | 'quarter' | 'year'
  | 'decade' | 'century' | 'millennium' | 'weekend';

/** Which time a relative expression counts from: the publication date, or the last date the text named. */
export type Anchor = 'dct' | 'ref';

export type Reference = 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF';

/** A holiday: a fixed day, the nth weekday of a month, or days from Western Easter. */
export type Holiday =
  | { readonly month: number; readonly day: number }
  | { readonly month: number; readonly weekday: number; readonly nth: number }
  | { readonly easter: number };

/** -1 the previous one, 0 this one, 1 the next one; null: decided by the clause's tense. */
export type Direction = -1 | 0 | 1 | null;

export type TimeSpec =
  /** A calendar date with the fields the text gives; a missing year is inferred (tense, or `yearShift` from the anchor). */
  | { readonly kind: 'date'; readonly year: number | null; readonly month: number | null; readonly day: number | null;
      readonly dir: Direction; readonly yearShift?: number }
  /** `untensed`: the clause's tense does not apply ("Friday's vote": the last one or today). */
  | { readonly kind: 'weekday'; readonly weekday: number; readonly dir: Direction; readonly anchor: Anchor; readonly untensed?: boolean }
  /** A weekend: "the weekend" (tense decides which), "last weekend" (-1). */
  | { readonly kind: 'weekend'; readonly dir: Direction }
  /** n units from the anchor, at the unit's granularity: today (day 0), last week (week -1), two years ago (year -2). */
  | { readonly kind: 'offset'; readonly unit: Unit; readonly n: number; readonly anchor: Anchor;
      /** Named by a calendar word ("last year", "next month") rather than counted back ("a year ago"). */
      readonly calendar?: boolean }
  /** "n units ago" with an unknown count ("several years ago"). */
  | { readonly kind: 'vague-offset'; readonly sign: -1 | 1 }
  | { readonly kind: 'season'; readonly season: string; readonly year: number | null; readonly dir: Direction }
  /**
   * Quarter or half (`q` null: the latest complete one); `yearShift` -1 for "the year-ago quarter";
   * `relYear` a year named relative to the publication date ("next year's first quarter" 1, "last year's quarter" -1).
   */
  | { readonly kind: 'quarter'; readonly q: number | null; readonly half: boolean; readonly year: number | null;
      readonly yearShift: number; readonly relYear?: number; readonly dir: Direction }
  | { readonly kind: 'decade'; readonly decade: number | null; readonly digit?: number }
  | { readonly kind: 'century'; readonly century: number | null; readonly shift?: number }
  | { readonly kind: 'holiday'; readonly holiday: Holiday; readonly year: number | null; readonly dir: Direction }
  | { readonly kind: 'ref'; readonly value: Reference }
  /** A duration; `unit` and `n` are kept when the count is known, so that "two days after May 3" can shift a date. */
  | { readonly kind: 'duration'; readonly value: string; readonly unit?: Unit; readonly n?: number }
  | { readonly kind: 'set'; readonly value: string }
  /** A time of day ("T15:30", "TNI") on a date (null: the anchor's day). */
  | { readonly kind: 'clock'; readonly clock: string; readonly date: TimeSpec | null }
  /** A date shifted by n units: "two days after May 3"; `week`: the week of the date ("the week of March 6"). */
  | { readonly kind: 'shifted'; readonly base: TimeSpec; readonly unit: Unit; readonly n: number; readonly week?: boolean }
  /**
   * The head of an expression that needs the date after it: "the day before" (-1), "the day after" (1),
   * "the week of" (0, week); joined to that date by the grammar, dropped when none follows.
   */
  | { readonly kind: 'link'; readonly unit: 'day' | 'week'; readonly n: number };

/** A recognized expression: token range [start, end) and its meaning. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly spec: TimeSpec;
}
