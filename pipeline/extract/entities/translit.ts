/**
 * One search key for the spellings a name gets in English transliteration of
 * Arabic and Persian (Mohammad/Muhammad/Mohammed, Nouri/Nuri, Qassem/Qasem,
 * Hussein/Husayn). Applied to both the gazetteer and the text, after folding
 * (lower case, no diacritics, no apostrophes), one word at a time.
 */

/** Whole-word spellings that the general rules below do not unify. */
const WORD_VARIANTS: Record<string, string> = {
  mohammad: 'muhammad', mohammed: 'muhammad', mohamed: 'muhammad', muhammed: 'muhammad', mohamad: 'muhammad', muhamad: 'muhammad', mohammd: 'muhammad',
  hossein: 'hussein', husayn: 'hussein', husain: 'hussein', hussain: 'hussein', hosein: 'hussein', husein: 'hussein',
  hasan: 'hassan', hasaan: 'hassan',
  ahmed: 'ahmad',
  mahmud: 'mahmoud',
  mostafa: 'mustafa', moustafa: 'mustafa',
  mehdi: 'mahdi',
  hayder: 'haider', haidar: 'haider', hyder: 'haider',
  kazem: 'kadhim', kazim: 'kadhim', kadim: 'kadhim', kathim: 'kadhim',
  qasim: 'qassem', kassem: 'qassem', qasem: 'qassem', ghasem: 'qassem', qassim: 'qassem',
  qays: 'qais', kais: 'qais',
  esmail: 'ismail', ismael: 'ismail', esmaeil: 'ismail',
  hizballah: 'hezbollah', hizbullah: 'hezbollah', hizbollah: 'hezbollah', hezballah: 'hezbollah',
  kataeb: 'kataib', kataib: 'kataib', katib: 'kataib',
  asaeb: 'asaib',
  dawa: 'dawa', daawa: 'dawa', dawah: 'dawa', dawaa: 'dawa',
  shia: 'shia', shiaa: 'shia',
  abou: 'abu',
  jafar: 'jafar', jaafar: 'jafar', jaffar: 'jafar',
  abdul: 'abdul', abdel: 'abdul', abdal: 'abdul',
  saleh: 'salih',
  youssef: 'yusuf', yousef: 'yusuf', yousif: 'yusuf', yusif: 'yusuf',
};

const memo = new Map<string, string>();
const MEMO_LIMIT = 100_000;

/** Key of one folded Latin word. */
export function latinKey(word: string): string {
  let key = memo.get(word);
  if (key === undefined) {
    key = computeKey(word);
    if (memo.size < MEMO_LIMIT) memo.set(word, key);
  }
  return key;
}

function computeKey(word: string): string {
  if (/\d/.test(word)) return word;
  // Listed spellings and the general rules meet in one key: the rules are applied to the canonical spelling too.
  const key = respell(WORD_VARIANTS[word] ?? word);
  return WORD_VARIANTS[key] ? respell(WORD_VARIANTS[key]) : key;
}

/** General rules: doubled letters, ou/oo → u, ee → i; only on longer words, so short English words keep their identity. */
function respell(word: string): string {
  if (word.length < 4) return word;
  return word.replace(/(\p{L})\1+/gu, '$1').replace(/ou|oo/g, 'u').replace(/e{2,}/g, 'i');
}
