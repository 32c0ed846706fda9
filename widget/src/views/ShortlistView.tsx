import type { Card, SearchWidgetMeta } from '../../../src/widget/cards.js';
import { Avatar, Chips, Score } from './Avatar.js';
import { EmptyState } from './States.js';

interface Props {
  page: SearchWidgetMeta;
  selected: string[];
  more: { loading: boolean; error: string | null };
  onToggle: (id: string) => void;
  onProfile: (id: string) => void;
  onHire: (id: string) => void;
  onCompare: () => void;
  onMore: () => void;
}

export function ShortlistView(p: Props) {
  const { page } = p;
  const shown = page.cards.length;
  const total = `${page.total_matches.toLocaleString('en')}${page.total_is_lower_bound ? '+' : ''}`;
  return (
    <main className="shell">
      <header className="head">
        <div>
          <h1 className="head-title">Shortlist</h1>
          <p className="muted">
            {shown
              ? `${shown} of ${total} matching freelancers, best first`
              : `${total} matching freelancers`}
          </p>
        </div>
        {shown > 1 && (
          <button
            type="button"
            className="btn"
            disabled={p.selected.length < 2}
            onClick={p.onCompare}
            aria-label={`Compare ${p.selected.length} selected freelancers`}
          >
            Compare{p.selected.length ? ` (${p.selected.length})` : ''}
          </button>
        )}
      </header>
      {page.filters.length > 0 && (
        <p className="filters" aria-label="Filters in force">
          {page.filters.join(' · ')}
        </p>
      )}
      {shown === 0 ? (
        <EmptyState notices={page.notices} filters={page.filters} />
      ) : (
        <>
          {page.notices.length > 0 && (
            <div className="notice" role="note">
              {page.notices.map((n) => (
                <p key={n}>{n}</p>
              ))}
            </div>
          )}
          <ol className="cards">
            {page.cards.map((c, i) => (
              <li key={c.freelancer_id}>
                <CandidateCard
                  card={c}
                  rank={i + 1}
                  selected={p.selected.includes(c.freelancer_id)}
                  onToggle={() => p.onToggle(c.freelancer_id)}
                  onProfile={() => p.onProfile(c.freelancer_id)}
                  onHire={() => p.onHire(c.freelancer_id)}
                />
              </li>
            ))}
          </ol>
        </>
      )}
      {p.selected.length === 1 && (
        <p className="muted hint">Select one or two more to compare side by side.</p>
      )}
      {page.next_cursor && (
        <div className="more">
          <button type="button" className="btn" onClick={p.onMore} disabled={p.more.loading}>
            {p.more.loading ? 'Loading…' : 'Show more'}
          </button>
        </div>
      )}
      {p.more.error && (
        <p className="notice error" role="alert">
          {p.more.error}
        </p>
      )}
    </main>
  );
}

interface CardProps {
  card: Card;
  rank: number;
  selected: boolean;
  onToggle: () => void;
  onProfile: () => void;
  onHire: () => void;
}

export function CandidateCard({ card: c, rank, selected, onToggle, onProfile, onHire }: CardProps) {
  const nameId = `name-${c.freelancer_id}`;
  return (
    <article className={`card${selected ? ' selected' : ''}`} aria-labelledby={nameId}>
      <div className="card-top">
        <Avatar name={c.name} initials={c.initials} />
        <div className="card-who">
          <h2 id={nameId} className="card-name">
            <span className="sr-only">{rank}. </span>
            {c.name}
          </h2>
          <p className="card-title">{c.title}</p>
          <p className="facts">
            <span>{c.rate}</span>
            <span aria-label={c.rating_label}>
              <span aria-hidden="true">★ </span>
              {c.rating}
            </span>
            {c.job_success && <span>{c.job_success} job success</span>}
            <span>{c.location}</span>
          </p>
        </div>
        <Score value={c.score} />
      </div>
      {c.badges.length > 0 && (
        <p className="badges">
          {c.badges.map((b) => (
            <span key={b} className="badge">
              {b}
            </span>
          ))}
        </p>
      )}
      {c.reasons.length > 0 && (
        <ul className="reasons" aria-label="Why they match">
          {c.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      <Chips matched={c.required.matched} missing={c.required.missing} />
      <div className="card-actions">
        <label className="pick">
          <input type="checkbox" checked={selected} onChange={onToggle} />
          Compare
        </label>
        <div className="buttons">
          <button
            type="button"
            className="btn"
            onClick={onProfile}
            aria-label={`Profile of ${c.name}`}
          >
            Profile
          </button>
          <button
            type="button"
            className="btn primary"
            onClick={onHire}
            aria-label={`Hire ${c.name}`}
          >
            Hire
          </button>
        </div>
      </div>
    </article>
  );
}
