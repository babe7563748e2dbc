/**
 * Finds anything in an HTML page that a browser would run: scripts (other than
 * JSON-LD data blocks), frames and plug-ins, event-handler attributes, and
 * URLs with an executable scheme. Returns one line per finding.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';

const FRAMES = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'form']);
const URL_PROPS = ['href', 'src', 'action', 'formAction', 'xLinkHref', 'poster', 'data', 'srcSet', 'background', 'cite'];
const EXECUTABLE_SCHEME = /^(?:javascript|vbscript|data):/i;

const text = (el: Element): string => el.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? text(c) : '')).join('');

export function executableContent(html: string): string[] {
  const found: string[] = [];
  const walk = (node: Root | Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const name = child.tagName.toLowerCase();
      const props = child.properties ?? {};
      if (name === 'script') {
        if (props.type !== 'application/ld+json') found.push(`<script type=${String(props.type)}>`);
        else {
          try {
            JSON.parse(text(child));
          } catch {
            found.push('JSON-LD block that is not JSON');
          }
        }
      }
      if (FRAMES.has(name)) found.push(`<${name}>`);
      if (name === 'meta' && String(props.httpEquiv ?? '').toLowerCase() === 'refresh') found.push('<meta http-equiv=refresh>');
      for (const [key, value] of Object.entries(props)) {
        if (/^on/i.test(key)) found.push(`${name}[${key}]`);
        const values = Array.isArray(value) ? value.map(String) : [String(value)];
        if (URL_PROPS.includes(key) && values.some((v) => EXECUTABLE_SCHEME.test(v.replace(/[\u0000-\u0020\u007f-\u009f]/g, '')))) found.push(`${name}[${key}=${values.join(' ').slice(0, 40)}]`);
        if (key === 'style' && /javascript:|expression\s*\(/i.test(String(value))) found.push(`${name}[style]`);
      }
      walk(child);
    }
  };
  walk(fromHtml(html));
  return found;
}
