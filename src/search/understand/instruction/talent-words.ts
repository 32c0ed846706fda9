import type { Read } from './items.js';

// "Freelancers" is a filler in most refinements ("React freelancers in Spain"), but listed beside
// agencies ("agencies or freelancers", "freelancers and agencies") it is the other talent type.

const FREELANCERS = /^(freelancers?|individuals?|solo|independents?)$/i;

export function freelancersBesideAgencies(reads: Read[]): Read[] {
  const agency = (i: number) => {
    const item = reads[i]?.item;
    return item?.k === 'talent' && item.value === 'agency';
  };
  const joined = (i: number) => {
    const item = reads[i]?.item;
    return item?.k === 'conj' || (item?.k === 'sep' && /^(,|and|but)$/i.test(reads[i].text));
  };
  return reads.map((r, i): Read => {
    // "Agencies, not freelancers", "agencies but not freelancers": a negator may sit between.
    const neg = reads[i - 1]?.item.k === 'neg';
    const listed =
      (joined(i - 1) && agency(i - 2)) ||
      (neg && (agency(i - 2) || (joined(i - 2) && agency(i - 3)))) ||
      (joined(i + 1) && agency(i + 2));
    // Only as a thing of its own: "no freelancers under $10" is about the people, not a type.
    const ends =
      !reads[i + 1] ||
      ['sep', 'conj', 'mode', 'clear', 'filler', 'word'].includes(reads[i + 1].item.k);
    return r.item.k === 'filler' && FREELANCERS.test(r.text) && listed && ends
      ? { item: { k: 'talent', value: 'independent' }, text: r.text }
      : r;
  });
}
