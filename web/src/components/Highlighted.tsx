import { Fragment } from 'react';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The text of an HTML-escaped fragment: named entities above and numeric ones (&#39; &#x2F;). */
export function unescapeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return ENTITIES[body.toLowerCase()] ?? entity;
  });
}

/**
 * A search highlight fragment (HTML-escaped text, matched words in `<em>`) rendered as text with
 * the matches in `<mark>`: no HTML from the server is ever injected, so a tender title cannot
 * carry markup into the page.
 */
export function Highlighted({ fragment }: { fragment: string }) {
  const parts = fragment.split(/(<em>.*?<\/em>)/g);
  return (
    <>
      {parts.map((part, index) => {
        const match = /^<em>(.*)<\/em>$/.exec(part);
        return match ? <mark key={index}>{unescapeHtml(match[1] ?? '')}</mark> : <Fragment key={index}>{unescapeHtml(part)}</Fragment>;
      })}
    </>
  );
}
