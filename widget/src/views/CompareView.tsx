import type { Card } from '../../../src/widget/cards.js';
import { Avatar, Chips, Score } from './Avatar.js';

// Two or three candidates side by side, one column each; the host shows it fullscreen when it
// can. The best value in a numeric row is marked so the eye lands on the difference.

interface Props {
  cards: Card[];
  fullscreen: boolean;
  onBack: () => void;
  onProfile: (id: string) => void;
  onHire: (ids: string[]) => void;
}

type Row = { label: string; value: (c: Card) => string; best?: (c: Card) => number };

const ROWS: Row[] = [
  { label: 'Match', value: (c) => `${c.score} / 100`, best: (c) => c.score },
  { label: 'Rate', value: (c) => c.rate, best: (c) => -c.hourly_rate_usd },
  { label: 'Rating', value: (c) => c.rating },
  {
    label: 'Job success',
    value: (c) => c.job_success ?? '—',
    best: (c) => (c.job_success ? parseInt(c.job_success, 10) : -1),
  },
  {
    label: 'Jobs completed',
    value: (c) => String(c.jobs_completed),
    best: (c) => c.jobs_completed,
  },
  { label: 'Availability', value: (c) => c.availability },
  { label: 'Location', value: (c) => c.location },
];

export function CompareView({ cards, fullscreen, onBack, onProfile, onHire }: Props) {
  const cols = { gridTemplateColumns: `9rem repeat(${cards.length}, minmax(0, 1fr))` };
  return (
    <main className={`shell${fullscreen ? ' wide' : ''}`}>
      <nav className="crumbs">
        <button type="button" className="btn link" onClick={onBack}>
          ← Shortlist
        </button>
      </nav>
      <h1 className="head-title">Compare {cards.length} freelancers</h1>
      <div className="compare" role="table" aria-label="Side-by-side comparison">
        <div className="compare-row head-row" role="row" style={cols}>
          <div role="columnheader">
            <span className="sr-only">Freelancer</span>
          </div>
          {cards.map((c) => (
            <div key={c.freelancer_id} role="columnheader" className="compare-who">
              <Avatar name={c.name} initials={c.initials} />
              <strong>{c.name}</strong>
              <span className="muted small">{c.title}</span>
            </div>
          ))}
        </div>
        {ROWS.map((row) => {
          const top = row.best ? Math.max(...cards.map(row.best)) : null;
          return (
            <div key={row.label} className="compare-row" role="row" style={cols}>
              <div role="rowheader" className="compare-label">
                {row.label}
              </div>
              {cards.map((c) => {
                const best = row.best && cards.length > 1 && row.best(c) === top;
                return (
                  <div key={c.freelancer_id} role="cell" className={best ? 'best' : undefined}>
                    {row.label === 'Match' ? <Score value={c.score} /> : row.value(c)}
                    {best && <span className="sr-only"> (best)</span>}
                  </div>
                );
              })}
            </div>
          );
        })}
        <div className="compare-row" role="row" style={cols}>
          <div role="rowheader" className="compare-label">
            Required skills
          </div>
          {cards.map((c) => (
            <div key={c.freelancer_id} role="cell">
              <Chips matched={c.required.matched} missing={c.required.missing} />
            </div>
          ))}
        </div>
        <div className="compare-row" role="row" style={cols}>
          <div role="rowheader" className="compare-label">
            Why they match
          </div>
          {cards.map((c) => (
            <div key={c.freelancer_id} role="cell">
              <ul className="reasons">
                {c.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </div>
          ))}
        </div>
        <div className="compare-row" role="row" style={cols}>
          <div role="rowheader">
            <span className="sr-only">Actions</span>
          </div>
          {cards.map((c) => (
            <div key={c.freelancer_id} role="cell">
              <button
                type="button"
                className="btn"
                onClick={() => onProfile(c.freelancer_id)}
                aria-label={`Profile of ${c.name}`}
              >
                Profile
              </button>
            </div>
          ))}
        </div>
      </div>
      <div className="card-actions end">
        <button
          type="button"
          className="btn primary"
          onClick={() => onHire(cards.map((c) => c.freelancer_id))}
        >
          Hire these {cards.length}
        </button>
      </div>
    </main>
  );
}
