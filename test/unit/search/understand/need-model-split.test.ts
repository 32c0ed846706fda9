import { describe, expect, it } from 'vitest';
import { isHeldOut } from '../../../../src/search/understand/train-need-model.js';

describe('the need model hold-out split', () => {
  const items = Array.from({ length: 2000 }, (_, i) => ({
    externalId: `fl_${(i * 7919) % 500}`,
    position: i % 9,
  }));

  it('holds out about one item in ten', () => {
    const share = items.filter((x) => isHeldOut(x.externalId, x.position)).length / items.length;
    expect(share).toBeGreaterThan(0.07);
    expect(share).toBeLessThan(0.13);
  });

  it('decides by the freelancer and the place in their history, both', () => {
    const held = items.filter((x) => isHeldOut(x.externalId, x.position));
    // Not every item of a held-out freelancer, nor every item at a held-out position.
    expect(held.some((x) => !isHeldOut(x.externalId, x.position + 1))).toBe(true);
    expect(held.some((x) => !isHeldOut(`${x.externalId}x`, x.position))).toBe(true);
    expect(isHeldOut('fl_12', 3)).toBe(isHeldOut('fl_12', 3));
  });
});
