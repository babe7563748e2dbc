/**
 * How names sound across scripts (pipeline/text/sound.ts): the transcription
 * test that lets Arabic discovery take a foreign name in Arabic letters for
 * the Latin name it writes, and not an Arabic word that shares its consonants.
 */
import { describe, expect, it } from 'vitest';
import { arabicSounds, consonantKey, latinSounds, soundWord, transcription } from '../pipeline/text/sound.js';

const writes = (arabic: string, latin: string) => transcription(arabicSounds(arabic), latinSounds(soundWord(latin)));

describe('transcription', () => {
  it('reads foreign names written in Arabic letters, long vowels, initial alif and digraphs included', () => {
    for (const [ar, la] of [['كاراكاس', 'Caracas'], ['بوغوتا', 'Bogotá'], ['أوساكا', 'Osaka'], ['تشيناي', 'Chennai'], ['فيليب', 'Philippe'], ['نيروبي', 'Nairobi'], ['أديسأبابا', 'Addis Ababa'], ['نيامي', 'Niamey']]) {
      expect(writes(ar, la), `${ar} ${la}`).toBeGreaterThanOrEqual(0.85);
    }
  });

  it('lets a short vowel go unwritten at a cost, never a final one', () => {
    expect(writes('كورسك', 'Kursk')).toBe(1);
    expect(writes('كرسك', 'Kursk')).toBe(0.8);
    expect(writes('تمبكتو', 'Timbuktu')).toBeLessThan(1);
    expect(writes('تمبكتو', 'Timbuktu')).toBeGreaterThan(0.7);
    expect(writes('ليم', 'Lima')).toBeLessThan(0.85);
  });

  it('does not take Arabic words that share consonants but not vowels for names', () => {
    expect(writes('رموز', 'Ormož')).toBeLessThan(0.85);
    expect(writes('مدينة', 'Medina')).toBeLessThan(1);
    expect(writes('بحر', 'Bhor')).toBeLessThan(0.85);
  });

  it('keys both scripts by the same consonants', () => {
    expect(consonantKey(arabicSounds('كاراكاس'))).toBe(consonantKey(latinSounds(soundWord('Caracas'))));
    expect(consonantKey(arabicSounds('واغادوغو'))).toBe(consonantKey(latinSounds(soundWord('Ouagadougou'))));
  });
});
