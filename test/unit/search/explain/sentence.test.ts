import { describe, expect, it } from 'vitest';
import { sentence } from '../../../../src/search/explain/summary.js';

describe('sentence', () => {
  it('ends with one full stop, even after a name that ends with one', () => {
    expect(sentence('Left the top 5: Daniel Y.')).toBe('Left the top 5: Daniel Y.');
    expect(sentence('Left the top 5: Maria Silva')).toBe('Left the top 5: Maria Silva.');
  });
});
