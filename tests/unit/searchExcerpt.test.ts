import { describe, expect, it } from 'vitest';
import { SYNONYMS_MARKER } from '../../src/lib/search';
import { synonymNote, visibleExcerpt, visibleLength, type ExcerptSegment } from '../../src/lib/searchExcerpt';

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
