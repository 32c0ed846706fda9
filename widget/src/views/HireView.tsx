import { useState } from 'react';
import type { Card, DraftBrief } from '../../../src/widget/cards.js';
import type { Host } from '../host.js';
import { callOrThrow, readOutcome, type Handoff } from '../results.js';
import { Avatar } from './Avatar.js';

// The hire step writes a handoff record, so it asks once: who, what brief, which first move.
// The confirmation then opens the marketplace links through the host (never a raw anchor).

type Action = 'invite' | 'message' | 'post_job';
const ACTIONS: { value: Action; label: string }[] = [
  { value: 'invite', label: 'Invite to the job' },
  { value: 'message', label: 'Send a message' },
  { value: 'post_job', label: 'Post the job' },
];

interface Props {
  host: Host;
  people?: Card[];
  brief?: DraftBrief;
  searchId?: string;
  done?: Handoff;
  names?: Record<string, string>;
  onBack?: () => void;
}

export function HireView({ host, people = [], brief, searchId, done, names, onBack }: Props) {
  const [action, setAction] = useState<Action>('invite');
  const [state, setState] = useState<{ busy: boolean; error: string | null; handoff?: Handoff }>({
    busy: false,
    error: null,
    handoff: done,
  });
  const nameOf = (id: string) =>
    names?.[id] ?? people.find((p) => p.freelancer_id === id)?.name ?? id;

  const create = async () => {
    if (!brief) return;
    setState({ busy: true, error: null });
    try {
      const r = await callOrThrow(host.callTool, 'handoff_to_hire', {
        freelancer_ids: people.map((p) => p.freelancer_id),
        ...(searchId ? { search_id: searchId } : {}),
        job: brief,
        action,
      });
      const o = readOutcome(r);
      if (o.kind !== 'handoff') throw new Error('The hire links could not be read.');
      setState({ busy: false, error: null, handoff: o.handoff });
    } catch (err) {
      setState({ busy: false, error: (err as Error).message });
    }
  };

  const back = onBack && (
    <nav className="crumbs">
      <button type="button" className="btn link" onClick={onBack}>
        ← Shortlist
      </button>
    </nav>
  );

  if (state.handoff) {
    const h = state.handoff;
    return (
      <main className="shell">
        {back}
        <div className="notice success" role="status">
          <strong>Hire links are ready.</strong>
          <p>{h.summary}</p>
        </div>
        <ul className="links">
          {h.links.freelancers.map((f) => (
            <li key={f.freelancer_id} className="link-row">
              <strong>{nameOf(f.freelancer_id)}</strong>
              <div className="buttons">
                <button
                  type="button"
                  className="btn primary"
                  onClick={() => host.openLink(f.invite_url)}
                >
                  Invite<span className="sr-only"> {nameOf(f.freelancer_id)}</span>
                </button>
                <button type="button" className="btn" onClick={() => host.openLink(f.message_url)}>
                  Message<span className="sr-only"> {nameOf(f.freelancer_id)}</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
        <div className="card-actions end">
          <button type="button" className="btn" onClick={() => host.openLink(h.links.job_post_url)}>
            Open the job post
          </button>
        </div>
        <p className="muted small">
          Links open the marketplace with the brief filled in and expire on{' '}
          {h.expires_at.slice(0, 10)}.
        </p>
      </main>
    );
  }

  return (
    <main className="shell">
      {back}
      <h1 className="head-title">
        Hire {people.length === 1 ? people[0].name : `${people.length} freelancers`}
      </h1>
      <ul className="people">
        {people.map((p) => (
          <li key={p.freelancer_id}>
            <Avatar name={p.name} initials={p.initials} />
            <span>
              <strong>{p.name}</strong>
              <span className="muted small"> · {p.rate}</span>
            </span>
          </li>
        ))}
      </ul>
      {brief && (
        <section className="brief" aria-labelledby="brief-h">
          <h2 id="brief-h">The brief they will see</h2>
          <p>
            <strong>{brief.title}</strong>
          </p>
          <p className="overview">{brief.description}</p>
          {brief.skills.length > 0 && (
            <p className="muted small">Skills: {brief.skills.join(', ')}</p>
          )}
          {brief.hourly_rate && (
            <p className="muted small">
              Rate: ${brief.hourly_rate.min ?? '…'}–{brief.hourly_rate.max ?? '…'}/h
            </p>
          )}
          <p className="muted small">To change the brief, tell the assistant in the chat.</p>
        </section>
      )}
      <fieldset className="actions-choice">
        <legend>First step</legend>
        {ACTIONS.map((a) => (
          <label key={a.value} className="pick">
            <input
              type="radio"
              name="action"
              value={a.value}
              checked={action === a.value}
              onChange={() => setAction(a.value)}
            />
            {a.label}
          </label>
        ))}
      </fieldset>
      {state.error && (
        <p className="notice error" role="alert">
          {state.error}
        </p>
      )}
      <div className="card-actions end">
        <button
          type="button"
          className="btn primary"
          onClick={create}
          disabled={state.busy || !people.length}
        >
          {state.busy ? 'Creating links…' : 'Create hire links'}
        </button>
      </div>
    </main>
  );
}
