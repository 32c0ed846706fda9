import { useEffect, useState } from 'react';
import { initials, type Card } from '../../../src/widget/cards.js';
import type { Host } from '../host.js';
import { callOrThrow, readOutcome, type Profile } from '../results.js';
import { Avatar, Chips, Score } from './Avatar.js';
import { ErrorState } from './States.js';

interface Props {
  host: Host;
  id: string;
  searchId?: string;
  initial?: Profile;
  card?: Card;
  onBack?: () => void;
  onHire?: () => void;
}

const pct = (v: number | null | undefined) => (v == null ? '—' : `${Math.round(v * 100)}%`);

export function ProfileView({ host, id, searchId, initial, card, onBack, onHire }: Props) {
  const [profile, setProfile] = useState<Profile | undefined>(initial);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (initial) return;
    const args = { freelancer_id: id, ...(searchId ? { search_id: searchId } : {}) };
    callOrThrow(host.callTool, 'get_profile', args)
      .then((r) => {
        const o = readOutcome(r);
        if (o.kind === 'profile') setProfile(o.profile);
        else setError(o.kind === 'error' ? o.message : 'The profile could not be read.');
      })
      .catch((err: Error) => setError(err.message));
    // Loaded once per person: `host` is a new object on every render, so it is not a dependency.
  }, [id, searchId, initial]);

  if (error) return <ErrorState message={error} onBack={onBack} />;
  const name = profile?.name ?? card?.name ?? '';
  const p = profile?.profile;
  const fit = profile?.fit;
  return (
    <main className="shell" aria-busy={!profile}>
      <nav className="crumbs">
        {onBack && (
          <button type="button" className="btn link" onClick={onBack}>
            ← Shortlist
          </button>
        )}
      </nav>
      <header className="profile-head">
        <Avatar name={name} initials={initials(name || '?')} size="lg" />
        <div className="card-who">
          <h1 className="card-name big">{name}</h1>
          <p className="card-title">{p?.title ?? card?.title}</p>
          {p && (
            <p className="facts">
              <span>${Math.round(p.hourly_rate_usd)}/h</span>
              <span>
                <span aria-hidden="true">★ </span>
                {p.stats.rating === null
                  ? 'New'
                  : `${p.stats.rating.toFixed(1)} (${p.stats.reviews_count} reviews)`}
              </span>
              <span>
                {[p.location.city, p.location.country].filter(Boolean).join(', ')} ·{' '}
                {p.local_time.time} local
              </span>
            </p>
          )}
        </div>
        {fit && <Score value={Math.round(fit.score)} />}
      </header>
      {!profile && (
        <p className="muted" role="status">
          Loading the profile…
        </p>
      )}
      {p && (
        <>
          <dl className="stats">
            <Stat
              label="Job success"
              value={p.stats.job_success == null ? '—' : `${Math.round(p.stats.job_success)}%`}
            />
            <Stat label="Jobs completed" value={String(p.stats.jobs_completed)} />
            <Stat
              label="Hours billed"
              value={Math.round(p.stats.total_hours).toLocaleString('en')}
            />
            <Stat label="Available" value={`${p.availability.hours_per_week} h/week`} />
            <Stat
              label="Responds in"
              value={p.stats.response_time_hours == null ? '—' : `${p.stats.response_time_hours} h`}
            />
            <Stat label="Member since" value={p.stats.member_since.slice(0, 4)} />
          </dl>
          {fit && (
            <section aria-labelledby="fit-h">
              <h2 id="fit-h">Fit for this search</h2>
              <ul className="reasons">
                {fit.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
              <Chips matched={fit.required.matched} missing={fit.required.missing} />
            </section>
          )}
          {profile.track_record && (
            <section aria-labelledby="track-h">
              <h2 id="track-h">Track record</h2>
              <dl className="stats">
                <Stat label="On time" value={pct(profile.track_record.on_time_rate.value)} />
                <Stat label="Rehired" value={pct(profile.track_record.rehire_rate.value)} />
                <Stat
                  label="Rating, last 12 months"
                  value={profile.track_record.rating_trend.last_12_months.value?.toFixed(2) ?? '—'}
                />
              </dl>
            </section>
          )}
          {profile.success_prediction && (
            <p className="notice" role="note">
              Predicted success on this project:{' '}
              <strong>{pct(profile.success_prediction.probability)}</strong> (model AUC{' '}
              {profile.success_prediction.model.auc.toFixed(2)} on held-out contracts)
            </p>
          )}
          <section aria-labelledby="about-h">
            <h2 id="about-h">About</h2>
            <p className="overview">{p.overview}</p>
            <ul className="chips" aria-label="Skills">
              {p.skills.slice(0, 12).map((s) => (
                <li key={s.name} className="chip">
                  {s.name}
                  {s.years ? ` · ${s.years} y` : ''}
                </li>
              ))}
            </ul>
          </section>
          {(profile.reviews ?? []).length > 0 && (
            <section aria-labelledby="reviews-h">
              <h2 id="reviews-h">What clients say</h2>
              {(profile.reviews ?? []).slice(0, 3).map((r) => (
                <blockquote key={r.date + r.project} className="review">
                  <p>“{r.quote}”</p>
                  <footer className="muted">
                    {r.rating != null && `${r.rating.toFixed(1)}★ · `}
                    {r.project}
                  </footer>
                </blockquote>
              ))}
            </section>
          )}
          {profile.notices.map((n) => (
            <p key={n} className="muted small">
              {n}
            </p>
          ))}
          <div className="card-actions end">
            {onHire && (
              <button
                type="button"
                className="btn primary"
                onClick={onHire}
                aria-label={`Hire ${name}`}
              >
                Hire
              </button>
            )}
          </div>
        </>
      )}
    </main>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="stat">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
