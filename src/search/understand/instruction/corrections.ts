import { ENTITY_KINDS, type Read } from './items.js';

// "Add Vue, sorry, I meant React", "Germany, no wait, Austria": the thing after the correction
// takes the place of the like thing before it, so whatever was said of the first ("add", "only")
// is said of the second, and the first is never applied. With nothing like it before (or no
// thing after: "under 50 an hour, no wait, 60"), the correction is a filler and the later value
// wins as it always has.

export function applyCorrections(reads: Read[]): Read[] {
  const out = [...reads];
  for (let c = 0; c < out.length; c++) {
    if (out[c].item.k !== 'correct') continue;
    out[c] = { item: { k: 'filler' }, text: out[c].text };
    const next = out.findIndex((r, i) => i > c && ENTITY_KINDS.has(r.item.k));
    if (next < 0) continue;
    let before = -1;
    for (let i = c - 1; i >= 0 && before < 0; i--)
      if (out[i].item.k === out[next].item.k) before = i;
    if (before < 0) continue;
    out[before] = out[next];
    out[next] = { item: { k: 'filler' }, text: out[next].text };
    // The separators between them go, so what was said of the first ("is required") stays with it.
    for (let i = before + 1; i < next; i++)
      if (out[i].item.k === 'sep' || out[i].item.k === 'conj')
        out[i] = { item: { k: 'filler' }, text: out[i].text };
  }
  return out;
}
