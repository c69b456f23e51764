import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Highlighted, unescapeHtml } from './Highlighted';

describe('Highlighted', () => {
  it('marks the matched words and shows escaped markup as text', () => {
    const { container } = render(
      <p>
        <Highlighted fragment="<em>Nettoyage</em> &lt;script&gt;alert(1)&lt;/script&gt; &amp; <em>vitrerie</em>" />
      </p>,
    );
    expect([...container.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['Nettoyage', 'vitrerie']);
    expect(container.querySelector('script')).toBeNull();
    expect(container.textContent).toBe('Nettoyage <script>alert(1)</script> & vitrerie');
  });

  it('decodes numeric entities', () => {
    expect(unescapeHtml('l&#39;école &#x2F; d&#x27;Ajaccio')).toBe("l'école / d'Ajaccio");
  });
});
