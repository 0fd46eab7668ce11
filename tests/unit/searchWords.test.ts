import { describe, expect, it } from 'vitest';
import { blendNearMatches, nearMatchesDetail, pagesByWordsMatched, queryWords, someWordsDetail, topicWords } from '../../src/lib/search';

describe('the words a query is about', () => {
  it('leaves out question words, pronouns, auxiliaries and light verbs, keeping topic words', () => {
    expect(topicWords('stress makes my skin flare')).toEqual({ words: ['stress', 'skin', 'flare'], dropped: ['makes', 'my'] });
    expect(topicWords('Can probiotics help my eczema?')).toEqual({ words: ['probiotics', 'eczema'], dropped: ['Can', 'help', 'my'] });
    expect(topicWords('what foods cause acne').words).toEqual(['foods', 'acne']);
    expect(topicWords('why does my acne get worse when I eat sugar').words).toEqual(['acne', 'worse', 'eat', 'sugar']);
    expect(topicWords('It’s my baby’s eczema').words).toEqual(["baby's", 'eczema']);
  });

  it('changes nothing in a query without filler words', () => {
    expect(topicWords('leaky gut acne')).toEqual({ words: ['leaky', 'gut', 'acne'], dropped: [] });
    expect(topicWords("psoriasis crohn's").words).toEqual(['psoriasis', "crohn's"]);
  });

  it('keeps filler words written as acronyms, and keeps everything when nothing else is left', () => {
    expect(topicWords('WHO advice on probiotics').words).toEqual(['WHO', 'advice', 'probiotics']);
    expect(topicWords('what is it')).toEqual({ words: ['what', 'is', 'it'], dropped: [] });
    expect(topicWords('')).toEqual({ words: [], dropped: [] });
  });

  it('lists each topic word once and drops punctuation around words', () => {
    expect(queryWords('  “gut”, (skin)… gut-skin  ')).toEqual(['gut', 'skin', 'gut-skin']);
    expect(topicWords('skin Skin gut').words).toEqual(['skin', 'gut']);
  });
});

describe('pages that match some of the words', () => {
  const result = (id: string, score: number) => ({ id, score });

  it('ranks by how many words a page matches, then by its best score, keeping the best-scoring result', () => {
    const stress = [result('a', 5), result('b', 9)];
    const skin = [result('c', 20), result('a', 7), result('b', 1)];
    const flare = [result('a', 2)];
    const ranked = pagesByWordsMatched([stress, skin, flare]).map((page) => page.result);
    expect(ranked.map((page) => page.id)).toEqual(['a', 'b', 'c']);
    expect(ranked[0]).toBe(skin[1]);
    expect(ranked[1]).toBe(stress[1]);
  });

  it('blends pages with all the words but one among those with all of them, by how strongly they match each word', () => {
    // "can probiotics cure eczema": p is about probiotics and eczema but never says "cure"; q says all three in passing.
    const probiotics = [result('p', 10), result('q', 2), result('r', 1)];
    const cure = [result('q', 1), result('s', 8)];
    const eczema = [result('p', 10), result('q', 3)];
    const blended = blendNearMatches([probiotics, cure, eczema]);
    expect(blended.map((page) => [page.result.id, page.matched])).toEqual([
      ['p', 2],
      ['q', 3],
    ]);
  });

  it('says what it shows', () => {
    expect(nearMatchesDetail(1)).toBe('1 of them matches all the words but one.');
    expect(someWordsDetail(7, ['stress', 'skin', 'flare'])).toBe('Showing 7 pages that match some of them: stress, skin, flare.');
    expect(someWordsDetail(1, ['a', 'b'])).toBe('Showing 1 page that matches some of them: a, b.');
  });
});
