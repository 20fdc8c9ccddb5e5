import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { html, raw } from './html.js';

describe('html templates', () => {
  it('escapes interpolated text, so record text cannot inject markup', () => {
    expect(html`<p>${'<script>alert("x")</script> & \'y\''}</p>`.value).toBe('<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</p>');
  });

  it('keeps trusted markup, joins lists and drops empty values', () => {
    expect(html`<ul>${['a', 'b'].map((x) => html`<li>${x}</li>`)}</ul>${null}${false}${raw('<hr>')}`.value).toBe('<ul><li>a</li><li>b</li></ul><hr>');
  });

  it('never lets an interpolated string open a tag or an attribute (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const out = html`<a title="${text}">${text}</a>`.value;
        expect(out).toMatch(/^<a title="[^"<>]*">[^"<>]*<\/a>$/);
      }),
    );
  });
});
