// Ranking metrics over graded lists (grades 0–3). A grade of 2 or more counts as relevant.

export const RELEVANT = 2;

export function dcg(grades: number[], k: number): number {
  let sum = 0;
  for (let i = 0; i < Math.min(k, grades.length); i++)
    sum += (2 ** grades[i] - 1) / Math.log2(i + 2);
  return sum;
}

/** NDCG@k against the ideal ordering of every profile that passes the query's hard filters. */
export function ndcg(ranked: number[], pool: number[], k = 10): number {
  const ideal = dcg(
    [...pool].sort((a, b) => b - a),
    k,
  );
  return ideal === 0 ? 1 : dcg(ranked, k) / ideal;
}

export function precisionAt(ranked: number[], k = 5): number {
  return ranked.slice(0, k).filter((g) => g >= RELEVANT).length / k;
}

export function reciprocalRank(ranked: number[], k = 10): number {
  const i = ranked.slice(0, k).findIndex((g) => g >= RELEVANT);
  return i < 0 ? 0 : 1 / (i + 1);
}

export function mean(xs: number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}
