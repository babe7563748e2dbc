/**
 * Contact details as converters print them: e-mail addresses, social handles,
 * web sites and phone numbers, often behind icons (✉ 🐦 🌐) and placeholder
 * links (`[@handle](#)`). A line made only of such details (and labels like
 * "Email:" or "Follow us") is a contact line.
 */

export interface Contact {
  emails: string[];
  social: string[];
  sites: string[];
  phones: string[];
}

const ICONS = /[\p{Extended_Pictographic}\p{Co}\ufe0f\u200d\u2706\u260e\u2709\u2302]/gu;
const LINK = /\[([^\]]*)\]\(\s*([^)\s]*)\s*\)/gu;
/** An autolink: `<https://www.example.org/>`, `<mailto:info@example.org>`. */
const AUTOLINK = /<((?:https?:\/\/|mailto:)[^\s<>]+)>/giu;
const EMAIL = /^(?:mailto:)?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)$/iu;
const HANDLE = /^@[\w.]{2,}$/u;
const URL_LIKE = /^(?:https?:\/\/|www\.)[^\s]+$|^[\w-]+(?:\.[\w-]+)*\.(?:org|com|net|info|int|edu|gov|ir|iq|sa|ae|uk)(?:\/\S*)?$/iu;
const SOCIAL_HOST = /^(?:www\.)?(?:twitter\.com|x\.com|facebook\.com|fb\.com|instagram\.com|linkedin\.com|youtube\.com|t\.me|telegram\.me|tiktok\.com)$/iu;
const PHONE = /^(?:\+|00)?[\d\s().-]{7,}$/u;
const LABELS = new Set(
  ('email e-mail mail tel tel. telephone phone fax mobile twitter x facebook instagram linkedin ' +
    'youtube telegram website web site www follow us on at contact visit our social media for more information ' +
    'البريد الإلكتروني الالكتروني هاتف الهاتف فاكس تابعونا على الموقع موقع تواصل معنا').split(' '),
);

export function stripIcons(text: string): string {
  return text.replace(ICONS, '');
}

/** A web address with its protocol, host in lower case, no trailing slash. */
function normalizeSite(raw: string): string | undefined {
  try {
    const url = new URL(/^https?:\/\//iu.test(raw) ? raw : `http://${raw}`);
    const path = url.pathname === '/' ? '' : url.pathname.replace(/\/$/u, '');
    return `${url.protocol}//${url.host.toLowerCase()}${path}${url.search}${url.hash}`;
  } catch {
    return undefined;
  }
}

function add(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}

function classifyToken(token: string, into: Contact): boolean {
  const email = EMAIL.exec(token);
  if (email) {
    add(into.emails, email[1].toLowerCase());
    return true;
  }
  if (HANDLE.test(token)) {
    add(into.social, token);
    return true;
  }
  if (URL_LIKE.test(token)) {
    const site = normalizeSite(token);
    if (!site) return false;
    const url = new URL(site);
    if (SOCIAL_HOST.test(url.host)) add(into.social, site);
    // A site's home page is a contact detail; a deeper page (or a place in
    // one) is a reference.
    else if (url.pathname === '/' && !url.search && !url.hash) add(into.sites, site);
    else return false;
    return true;
  }
  return false;
}

/**
 * The contact details of a line, or undefined when the line holds anything
 * else. A link counts by its target, or by its text when the target is a
 * placeholder.
 */
export function parseContactLine(line: string): Contact | undefined {
  const found: Contact = { emails: [], social: [], sites: [], phones: [] };
  let rest = stripIcons(line).replace(/\\([@._-])/gu, '$1');
  let ok = true;
  rest = rest.replace(LINK, (_m, text: string, target: string) => {
    const useful = target && target !== '#' ? target : text.trim();
    if (!classifyToken(useful, found)) ok = false;
    return ' ';
  });
  rest = rest.replace(AUTOLINK, (_m, target: string) => {
    if (!classifyToken(target, found)) ok = false;
    return ' ';
  });
  const phone = /(?:\+|00)?\d[\d\s().-]{6,}\d/u.exec(rest);
  if (phone && PHONE.test(phone[0])) {
    add(found.phones, phone[0].trim());
    rest = rest.replace(phone[0], ' ');
  }
  for (const token of rest.split(/[\s|,;·•]+/u)) {
    const word = token.replace(/^[*_:()[\]]+|[*_:()[\]]+$/gu, '');
    if (!word || LABELS.has(word.toLowerCase()) || classifyToken(word, found)) continue;
    ok = false;
  }
  const any = found.emails.length + found.social.length + found.sites.length + found.phones.length > 0;
  return ok && any ? found : undefined;
}

/** Only labels (`Follow us on social media`, `Contact us`): a contact block's caption. */
export function isLabelLine(line: string): boolean {
  const words = stripIcons(line).split(/[\s|,;·•:]+/u).map((w) => w.replace(/^[*_()[\]]+|[*_()[\]]+$/gu, '')).filter(Boolean);
  return words.length > 0 && words.every((w) => LABELS.has(w.toLowerCase()));
}

/** Only icons, rules and punctuation: the leftovers of a contact block. */
export function isDecoration(line: string): boolean {
  return /^[\s\p{P}\p{S}]*$/u.test(stripIcons(line));
}
