/**
 * What the extract stages read besides the paper: the gazetteer of each
 * language as a lexicon (with the countries of the places dataset), the
 * places and given-name datasets. One object owns them, built once by the
 * caller and passed in the stages' options (`ExtractOptions.resources`), so
 * its lifetime is the caller's: a test or a library user can build one for a
 * locales directory of their own and drop it. A stage given none uses the
 * shared one of its locales directory.
 */
import type { Lang } from '../model/paper.js';
import { defaultLocalesDir } from '../i18n/index.js';
import { buildGazetteerLexicon, type Lexicon } from './entities/lexicon.js';
import { demonymsOf, readGivenNames, readNameSounds, readPlaces, readWorldNames, type NameSounds, type Places, type WorldNames } from './entities/datasets.js';

export class ExtractResources {
  private readonly lexicons = new Map<Lang, Lexicon>();
  private placesData?: Places;
  private given?: Set<string>;
  private sounds?: NameSounds;
  private world?: WorldNames;
  private demonymSet?: Set<string>;

  constructor(readonly localesDir: string = defaultLocalesDir()) {}

  /** The gazetteer of a language as a lexicon, built on first use. */
  lexicon(lang: Lang): Lexicon {
    let lex = this.lexicons.get(lang);
    if (!lex) this.lexicons.set(lang, (lex = buildGazetteerLexicon(lang, this.localesDir, this.places, this.worldNames)));
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
}

/** Shared resources by locales directory; a process uses one or two, so a few are kept and the oldest dropped. */
const shared = new Map<string, ExtractResources>();
const SHARED_LIMIT = 4;

/** The resources a stage is given, else the shared ones of its locales directory. */
export function resourcesOf(options: { resources?: ExtractResources; localesDir?: string }): ExtractResources {
  if (options.resources) return options.resources;
  const dir = options.localesDir ?? defaultLocalesDir();
  let r = shared.get(dir);
  if (!r) {
    if (shared.size >= SHARED_LIMIT) shared.delete(shared.keys().next().value!);
    shared.set(dir, (r = new ExtractResources(dir)));
  }
  return r;
}
