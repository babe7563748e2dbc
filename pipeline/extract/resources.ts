/**
 * What the stages read besides the paper: the gazetteer of each language as
 * a lexicon (with the countries of the places dataset), the places,
 * given-name and name-sound datasets, and the termbase with its matcher. One
 * object owns them, each made on first use from the locale files of its
 * `Locales`; the caller builds it once and passes it in the stages' options
 * (`ExtractOptions.resources`, `ProcessOptions.resources`), so its lifetime
 * is the caller's: a test or a library user can build one for a locales
 * directory of their own and drop it. A stage given none uses the shared one
 * of its locales directory, made once per process with that directory's
 * shared `Locales` and dropped with it.
 */
import type { Lang } from '../model/paper.js';
import { defaultLocalesDir, Locales, localesOf } from '../i18n/index.js';
import { buildGazetteerLexicon, type Lexicon } from './entities/lexicon.js';
import { demonymsOf, readGivenNames, readNameSounds, readPlaces, readWorldNames, type NameSounds, type Places, type WorldNames } from './entities/datasets.js';
import { termbaseOf, type TermbaseEntry } from './glossary/termbase.js';
import { matcherFor, type Matcher } from './glossary/match.js';

export class ExtractResources {
  readonly locales: Locales;
  /** One per language. */
  private readonly lexicons = new Map<Lang, Lexicon>();
  private placesData?: Places;
  private given?: Set<string>;
  private sounds?: NameSounds;
  private terms?: TermbaseEntry[];
  private matcher?: Matcher;
  private world?: WorldNames;
  private demonymSet?: Set<string>;

  /** From the locale files of a `Locales`, or of a directory read anew (default: the package's). */
  constructor(locales: Locales | string = defaultLocalesDir()) {
    this.locales = typeof locales === 'string' ? new Locales(locales) : locales;
  }

  get localesDir(): string {
    return this.locales.dir;
  }

  /** The gazetteer of a language as a lexicon, built on first use. */
  lexicon(lang: Lang): Lexicon {
    let lex = this.lexicons.get(lang);
    if (!lex) {
      const files = { en: this.locales.namespace('en', 'entities'), ar: this.locales.namespace('ar', 'entities') };
      this.lexicons.set(lang, (lex = buildGazetteerLexicon(lang, files, this.places, this.worldNames)));
    }
    return lex;
  }

  get places(): Places {
    return (this.placesData ??= readPlaces(this.localesDir));
  }

  get givenNames(): Set<string> {
    return (this.given ??= readGivenNames(this.localesDir));
  }

  /** Names CLDR and faker write in Arabic (cities and regions in both languages, Arabic given names and towns). */
  get worldNames(): WorldNames {
    return (this.world ??= readWorldNames(this.localesDir));
  }

  /**
   * The English adjectives of the countries and regions of the datasets, lower case ("malian", "ethiopian",
   * "sudanese", "european"), made by the suffixes English forms them with; a given name is never one ("Malin").
   */
  get demonyms(): Set<string> {
    return (this.demonymSet ??= demonymsOf([...this.places.countries.flatMap((c) => c.names.en), ...this.worldNames.places.filter((p) => p.kind === 'region').map((p) => p.en)], this.givenNames));
  }

  /** City and given names by their sound, for Arabic discovery (read on first Arabic use). */
  get nameSounds(): NameSounds {
    return (this.sounds ??= readNameSounds(this.localesDir));
  }

  /** Every term of the termbase present in both languages, sorted by id. */
  get termbase(): TermbaseEntry[] {
    if (!this.terms) {
      const file = (lang: Lang) => (this.locales.namespace(lang, 'glossary') ?? {}) as Record<string, unknown>;
      this.terms = termbaseOf({ en: file('en'), ar: file('ar') });
    }
    return this.terms;
  }

  /** The termbase's phrases in running text, both scripts (built on first use: its indexes cost more than a paper's search). */
  get termMatcher(): Matcher {
    return (this.matcher ??= matcherFor(this.termbase));
  }
}

/** The shared resources of each shared `Locales`: they live as long as it does. */
const shared = new WeakMap<Locales, ExtractResources>();

/** The resources a stage is given, else the shared ones of its locales directory. */
export function resourcesOf(options: { resources?: ExtractResources; localesDir?: string }): ExtractResources {
  if (options.resources) return options.resources;
  const locales = localesOf(options.localesDir);
  let r = shared.get(locales);
  if (!r) shared.set(locales, (r = new ExtractResources(locales)));
  return r;
}

/** The termbase of a locales directory (its shared resources'). */
export function loadTermbase(localesDir?: string): TermbaseEntry[] {
  return resourcesOf({ localesDir }).termbase;
}
