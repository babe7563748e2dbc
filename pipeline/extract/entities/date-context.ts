/**
 * The year of a date written without one, read from the text before it: where
 * a paper's story is (the last explicit date, a paragraph's first date), which
 * dates are said in passing and date only their clause, "that year", what is
 * to come and so read from the paper's date, and a weekday that names the
 * year. dates.ts finds the dates; date-mentions.ts walks a paper's blocks and
 * asks these rules.
 */
import { latestYear, yearlessValue, type DateHit } from './dates.js';
import { pad } from './date-patterns.js';

/** Where the text is: the last explicit date read, for the year of the next year-less one. */
export interface DateContext {
  year: number;
  /** The month of that date, when it had one. */
  month?: number;
}

/** The year a date (once resolved) gives to the year-less dates after it (the later year of a range); null for a decade. */
export function contextOf(hit: DateHit): DateContext | null {
  const iso = typeof hit.value === 'string' ? hit.value : hit.value.to;
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(iso);
  if (!m || (typeof hit.value !== 'string' && hit.value.to.endsWith('9') && hit.value.from.endsWith('0') && +hit.value.to - +hit.value.from === 9)) return null;
  return { year: +m[1], month: m[2] ? +m[2] : undefined };
}

/** Words of the sentence before a date that put it ahead of the text's time: "elections are due on 7 January", "من المقرر أن تُجرى في". */
const AHEAD = /(?:\b(?:will|shall|should|must|due|scheduled|planned|expects? to|expected to|set to|is to|are to|next|upcoming|forthcoming)\b|(?<!\p{L})[وف]?(?:سوف|المقرر|المزمع|المقبل|القادم|ينبغي|يجب|يتوقع|تتوقع|المتوقع)(?!\p{L}))(?![^.!?؟؛;]*[.!?؟؛;])/iu;

/** A date after "by" opening its sentence, whose sentence then speaks ahead ("By mid-June, when donors meet, the ministry should close …"). */
const BY_OPENING = /(?:^|[.!?؟]\s+)(?:by\s+(?:the\s+(?:end|middle|start)\s+of\s+)?(?:(?:mid|early|late)[-\s])?|[وف]?بحلول\s+(?:(?:منتصف|مطلع|أواخر|نهاية|بداية)\s+)?)$/iu;
const AHEAD_AFTER = /^[^.!?؟]*(?:\b(?:will|shall|should|must|is to|are to|needs? to)\b|(?<!\p{L})(?:سوف|ينبغي|يجب)(?!\p{L}))/iu;

/** Verbs that report what someone said: what they said is to come is ahead of their time, not the paper's. */
const REPORTED = /\b(?:said|announced|promised|pledged|warned|told|stated|declared|agreed|decided|planned)\b|(?:^|\s)(?:قال|قالت|أعلن|أعلنت|وعد|وعدت|تعهد|تعهدت|صرح|صرحت|أكد|أكدت|قرر|قررت|اتفق|اتفقت)(?:\s|$)/iu;

/**
 * Right before a date, a deadline given or running ("the owners have until January", "gave them until March", "valid
 * until June"; "مهلة حتى يناير", "بحلول مارس"); not a time something lasted ("the talks had gone on until June").
 */
const DEADLINE = /(?:\b(?:have|has|gave|give|gives|given|granted|extended|extends|valid|runs|lasts|remains?)\b[^.;:!?]{0,40}?\b(?:until|till)\s+(?:the\s+)?(?:(?:end|middle|start|beginning)\s+of\s+)?(?:(?:mid|early|late)[-\s])?|(?:مهلة|مهله)\s+(?:\S+\s+)?حتى\s*|(?:^|\s)بحلول\s*)$/iu;

/** Past tense in a sentence: what it says was to come was to come then ("was due"). */
const PAST = /\b(?:was|were|had|would|could)\b|(?:^|\s)(?:كان|كانت)(?:\s|$)/iu;

/**
 * How the sentence holding a date puts it ahead of the text's time: not at all;
 * ahead of its story's time (a deadline alone, which may have been given long
 * ago: "مُنحت مهلة حتى 25 فبراير"; or what someone is reported to have said, or
 * what was to come: "was due"); or ahead of the paper's own time (the sentence
 * speaks of what is to come: "the vote is due on 7 January", "By mid-June, …
 * should").
 */
export type Ahead = 'no' | 'story' | 'now';

export function aheadOf(hit: DateHit, text: string): Ahead {
  const before = text.slice(Math.max(0, hit.start - 80), hit.start);
  const by = BY_OPENING.test(before);
  const toCome = AHEAD.test(before);
  if (!toCome && !DEADLINE.test(before) && !(by && AHEAD_AFTER.test(text.slice(hit.end)))) return 'no';
  if (!toCome && !by) return 'story';
  const sentence = sentenceBefore(text, hit.start);
  return REPORTED.test(sentence) || PAST.test(sentence) ? 'story' : 'now';
}

/** Words before a year that make it the start of a span ("held since 1999", "منذ عام 1999"), not the time the text has reached. */
const SPAN_START = /(?:\b(?:since|from)|(?:^|\s)و?(?:منذ|من)(?:\s+(?:عام|سنة|العام))?)\s+$/iu;

/** A sentence opening with a since-clause that has not closed yet ("Since X found oil in 2015", "منذ أن …"): its years look back too. */
const SINCE_CLAUSE = /^[\s"'“‘(]*(?:ever\s+since\b|since\b|[وف]?منذ(?:\s|$))[^,،;؛]*$/iu;

/** The text of the sentence a position stands in, up to that position. */
function sentenceBefore(text: string, at: number): string {
  const head = text.slice(0, at);
  let from = 0;
  for (const m of head.matchAll(/[.!?؟](?=\s)|\n/gu)) from = m.index + 1;
  return head.slice(from);
}

/**
 * Whether a date sets the year of the year-less dates after it: a date that
 * starts a span ("since 1999", "since January 2020", or inside a since-clause)
 * looks back from the narrative, which stays where it was.
 */
export function setsContext(hit: DateHit, text: string): boolean {
  return !SPAN_START.test(text.slice(Math.max(0, hit.start - 24), hit.start)) && !SINCE_CLAUSE.test(sentenceBefore(text, hit.start));
}

/** Time words: "the end of 2023", "the summer of 2022" say when, not which. */
const TIME_NOUNS = /\b(?:end|start|beginning|middle|half|quarter|spring|summer|autumn|fall|winter|course|rest|months?|weeks?|year)\s+of\s+$/iu;

/**
 * Whether a bare year names a thing by its year ("the 2015 agreement", "the
 * floods of 2022", "اتفاقية جنيف لعام 1966") rather than saying when the text
 * is: such a year dates its own clause only.
 */
function namesByYear(hit: DateHit, text: string): boolean {
  if (typeof hit.value !== 'string' || hit.value.length !== 4) return false;
  const before = text.slice(Math.max(0, hit.start - 24), hit.start);
  const after = text.slice(hit.end, hit.end + 16);
  if (/\b(?:the|a|an|its|their|this|that)\s+$/iu.test(before) && /^(?:\/\d{2,4})?\s+\p{Ll}/u.test(after)) return true;
  if (/\b\p{L}+\s+of\s+$/iu.test(before) && !TIME_NOUNS.test(before)) return true;
  return /(?:^|\s)لعام\s+$/u.test(before);
}

/** A sentence that opens on its date ("In 2019, …", "On 3 March 2019 …", "وفي عام 2019 …"): the date is the time of what follows. */
const OPENS_ON_DATE = /^[\s"'“‘(]*(?:(?:on|in|by|during|throughout|early|late|mid-?)\s+(?:the\s+)?)?$|^\s*[وف]?(?:في|خلال|مطلع|أواخر|منتصف|بحلول)?\s*(?:عام|سنة|العام)?\s*$/iu;

function before(a: DateContext, b: DateContext): boolean {
  return a.year < b.year || (a.year === b.year && a.month !== undefined && b.month !== undefined && a.month < b.month);
}

/**
 * Whether a date is said in passing: a year naming a thing, or a date earlier
 * than the narrative's time (`current`) and not opening its sentence. A bare year is ("the agreement of
 * 1966", "signed in 2018 on 12 August"); a month or a day only after its own
 * paragraph has set the narrative's time (`anchored`: "On 4 October 2024 the
 * court ruled. Spain backed it in March 2022; and on 30 July …"), since a
 * paragraph's first date is where its story is. A date in passing dates the
 * rest of its own clause, and the narrative's time comes back after it.
 */
export function inPassing(hit: DateHit, text: string, current: DateContext | null, anchored: boolean): boolean {
  if (namesByYear(hit, text)) return true;
  const own = contextOf(hit);
  if (current === null || own === null || !before(own, current) || OPENS_ON_DATE.test(sentenceBefore(text, hit.start))) return false;
  return anchored || own.month === undefined;
}

/** Where the clause holding a position ends (a full stop, a semicolon, or a comma before and/but/then), or the text's end. */
export function clauseEnd(text: string, at: number): number {
  const rest = text.slice(at).search(/[.!?؟](?:\s|$)|[;؛]|[,،]\s*(?:and|but|while|then|و|ثم|ف|بينما)(?=\s|\p{L})/u);
  return rest < 0 ? text.length : at + rest + 1;
}

/** Words around a year-less date that give it the year just named ("on 18 July that year", "later that year, in May", "من العام نفسه"). */
const THAT_YEAR_AFTER = /^\s*(?:of\s+)?(?:that|the\s+same)\s+year\b|^\s*(?:من|في)\s+(?:(?:العام|السنة)\s+(?:نفسه|نفسها|ذاته|ذاتها)|ذلك\s+العام|تلك\s+السنة)/iu;
const THAT_YEAR_BEFORE = /\b(?:that|the\s+same)\s+year,?\s+(?:on|in|by)\s+(?:the\s+)?(?:(?:mid|early|late)[-\s])?$|(?:العام|السنة)\s+(?:نفسه|نفسها|ذاته|ذاتها)،?\s+(?:في\s+)?$/iu;

/** Whether a year-less date says it is in the year named last ("that year"). */
export function inThatYear(hit: DateHit, text: string): boolean {
  return THAT_YEAR_AFTER.test(text.slice(hit.end, hit.end + 30)) || THAT_YEAR_BEFORE.test(text.slice(Math.max(0, hit.start - 40), hit.start));
}

/**
 * The year of a month written without one, read after `context`: the same
 * year, or the next when the month comes before the context's month (a paper
 * tells events in order: "on 18 December 2023 … by mid-January"), unless that
 * would be after the paper's date. Never after the paper's date; without a
 * context, the latest such month not after it.
 */
export function resolveYearless(hit: DateHit, context: DateContext | null, today: string, aheadOfText: Ahead = 'no'): DateHit['value'] {
  const { month, day } = hit.yearless!;
  const now = +today.slice(0, 4);
  const ahead = aheadOfText !== 'no';
  let year: number;
  // What is to come from the paper's own time is read from the paper's date, not from the story told before it.
  if (aheadOfText === 'now') context = null;
  if (!context) year = ahead ? (month >= +today.slice(5, 7) ? now : now + 1) : latestYear(month, today, 0);
  else {
    year = context.year;
    if (context.month !== undefined && month < context.month) year++;
    // A date the sentence says is to come may pass the paper's date, by a year at most.
    const future = () => `${year}-${pad(month)}` > today.slice(0, 7) && !(ahead && year <= now + 1);
    if (future()) year = context.year;
    if (future()) year = latestYear(month, today, 0);
  }
  const weekday = hit.yearless!.weekday;
  if (day !== undefined && weekday !== undefined) year = yearOfWeekday(year, month, day, weekday, ahead ? `${now + 1}-12-31` : today);
  return yearlessValue(year, hit.yearless!);
}

/**
 * A weekday named with a day ("Tuesday, 4 February", "يوم الثلاثاء 4 فبراير")
 * says which year the text means: the year read from the context if the day
 * falls on that weekday there, else the nearest year (two at most either way,
 * not after `latest`) in which it does. A day's weekday moves by one or two a
 * year, so the years around a context never share it.
 */
function yearOfWeekday(year: number, month: number, day: number, weekday: number, latest: string): number {
  for (const y of [year, year - 1, year + 1, year - 2, year + 2]) {
    if (new Date(Date.UTC(y, month - 1, day)).getUTCDay() === weekday && `${y}-${pad(month)}-${pad(day)}` <= latest) return y;
  }
  return year;
}
