// Photo-less by design: initials on a colour picked from the name, so the same person always
// looks the same. The palette is dark enough for white text (WCAG AA) in both themes.

const PALETTE = ['#1d4ed8', '#0f766e', '#7c3aed', '#b45309', '#be123c', '#15803d', '#4338ca'];

export function Avatar({
  name,
  initials,
  size = 'md',
}: {
  name: string;
  initials: string;
  size?: 'md' | 'lg';
}) {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return (
    <div
      className={`avatar avatar-${size}`}
      style={{ background: PALETTE[hash % PALETTE.length] }}
      aria-hidden="true"
    >
      {initials}
    </div>
  );
}

export function Chips({ matched, missing }: { matched: string[]; missing: string[] }) {
  if (!matched.length && !missing.length) return null;
  return (
    <ul className="chips" aria-label="Required skills">
      {matched.map((s) => (
        <li key={s} className="chip ok">
          <span aria-hidden="true">✓ </span>
          {s}
          <span className="sr-only"> (has it)</span>
        </li>
      ))}
      {missing.map((s) => (
        <li key={s} className="chip miss">
          <span aria-hidden="true">✕ </span>
          {s}
          <span className="sr-only"> (missing)</span>
        </li>
      ))}
    </ul>
  );
}

export function Score({ value }: { value: number }) {
  const tone = value >= 75 ? 'high' : value >= 50 ? 'mid' : 'low';
  return (
    <div className={`score ${tone}`} aria-label={`Match score ${value} out of 100`}>
      <span className="score-value">{value}</span>
      <span className="score-label">match</span>
    </div>
  );
}
