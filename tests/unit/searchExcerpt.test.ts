import { describe, expect, it } from 'vitest';
import { SYNONYMS_MARKER } from '../../src/lib/search';
import { excerptAfterTitle, synonymNote, visibleExcerpt, visibleLength, type ExcerptSegment } from '../../src/lib/searchExcerpt';

describe('excerpts never show the hidden synonyms', () => {
  const body = 'Atopic dermatitis is common in babies. See a doctor when the skin is infected.';
  const content = `${body} ${SYNONYMS_MARKER} eczema, atopic eczema. roughage.`;
  const text = (segments: ExcerptSegment[]) => segments.map((segment) => segment.text).join('');
  const plain = (text: string): ExcerptSegment => ({ text, mark: false });
  const mark = (text: string): ExcerptSegment => ({ text, mark: true });

  it('leaves an excerpt of the page’s own text alone', () => {
    const segments = [plain('Atopic dermatitis is common in '), mark('babies.'), plain(' See a doctor')];
    expect(visibleExcerpt(segments, content)).toEqual({ segments, cut: false, matchShown: true, synonyms: [] });
    expect(visibleLength('Also known as: eczema', 'Topic page. Also known as: eczema')).toBe(21);
  });

  it('replaces an excerpt that is all hidden text, and says which name matched', () => {
    const shown = visibleExcerpt([plain('known as: '), mark('eczema,'), plain(' atopic '), mark('eczema.'), plain(' roughage.')], content);
    expect(shown).toEqual({ segments: [], cut: true, matchShown: false, synonyms: ['eczema'] });
    expect(synonymNote(shown.synonyms)).toBe('Matches “eczema”, another name for a term this page uses.');
    expect(synonymNote(['fiber', 'roughage'])).toBe('Matches “fiber” and “roughage”, other names for terms this page uses.');
  });

  it('cuts the hidden end off an excerpt that starts in the page’s text', () => {
    const withMatch = visibleExcerpt([plain('See a doctor when the '), mark('skin'), plain(` is infected. ${SYNONYMS_MARKER} `), mark('eczema,')], content);
    expect(text(withMatch.segments)).toBe('See a doctor when the skin is infected. ');
    expect(withMatch).toMatchObject({ cut: true, matchShown: true, synonyms: ['eczema'] });

    const matchOnlyHidden = visibleExcerpt([plain(`when the skin is infected. ${SYNONYMS_MARKER} `), mark('roughage.')], content);
    expect(matchOnlyHidden).toMatchObject({ cut: true, matchShown: false, synonyms: ['roughage'] });
  });

  it('falls back to the marker when the excerpt is not found in the content', () => {
    expect(visibleLength(`Other text. ${SYNONYMS_MARKER} eczema`, content)).toBe('Other text. '.length);
    expect(visibleLength('Other text.', content)).toBe('Other text.'.length);
  });
});

describe('excerpts do not restate the title', () => {
  const title = 'Probiotics for eczema: what the trials show';
  const content = `${title}. Probiotics probably make little or no difference to eczema that someone already has. Keep using moisturisers. In babies, some trials suggest probiotics may lower the chance of eczema.`;
  const words = content.split(/\s+/);
  const at = (word: string, from = 0) => words.findIndex((candidate, index) => index >= from && candidate.replace(/\W/g, '') === word);
  const text = (segments: ExcerptSegment[] | undefined) => segments?.map((segment) => (segment.mark ? `[${segment.text}]` : segment.text)).join('');

  it('quotes the window after the title with the most matches, marking them, not the title', () => {
    const inTitle = [at('Probiotics'), at('eczema')];
    const answer = title.split(' ').length;
    const locations = [...inTitle, at('Probiotics', answer), at('eczema', answer), at('probiotics', 20), at('eczema', 25)];
    // Two windows hold two matches; the earlier wins.
    expect(text(excerptAfterTitle(words, locations, title, 10))).toBe('[Probiotics] probably make little or no difference to [eczema] that');
    // A later window with more matches wins over an earlier one, and opens a few words before its first match.
    expect(text(excerptAfterTitle(words, [...inTitle, at('eczema', answer), at('probiotics', 20), at('eczema', 25)], title, 10))).toBe(
      'some trials suggest [probiotics] may lower the chance of [eczema.]',
    );
  });

  it('with matches only in the title, quotes the short answer that follows it', () => {
    expect(text(excerptAfterTitle(words, [at('trials')], title, 6))).toBe('Probiotics probably make little or no');
  });

  it('leaves Pagefind’s excerpt when the content does not start with the title', () => {
    expect(excerptAfterTitle(words, [at('eczema')], 'Another title', 10)).toBeUndefined();
    expect(excerptAfterTitle(words, [at('eczema')], undefined, 10)).toBeUndefined();
  });
});
