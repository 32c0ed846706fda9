import { useEffect, useState } from 'react';
import type { Card, DraftBrief, SearchWidgetMeta } from '../../src/widget/cards.js';
import { useHost } from './host.js';
import { callOrThrow, readOutcome, type Handoff, type Outcome } from './results.js';
import { CompareView } from './views/CompareView.js';
import { HireView } from './views/HireView.js';
import { ProfileView } from './views/ProfileView.js';
import { ShortlistView } from './views/ShortlistView.js';
import { ErrorState, LoadingState } from './views/States.js';

// The widget's screens: the shortlist, one profile, a comparison and the hire step. Which one
// opens first depends on the tool whose result the host hands over.

export type Screen =
  | { name: 'list' }
  | { name: 'profile'; id: string }
  | { name: 'compare' }
  | { name: 'hire'; ids: string[] };

interface Saved {
  selected?: string[];
}

export function App() {
  const host = useHost();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [page, setPage] = useState<SearchWidgetMeta | null>(null);
  const [screen, setScreen] = useState<Screen>({ name: 'list' });
  const [selected, setSelected] = useState<string[]>(
    () => (host.initialState as Saved | null)?.selected ?? [],
  );
  const [more, setMore] = useState<{ loading: boolean; error: string | null }>({
    loading: false,
    error: null,
  });

  useEffect(() => {
    if (!host.result) return;
    const next = readOutcome(host.result);
    setOutcome(next);
    // A new answer from the model starts inline, whatever the last screen was.
    if (host.displayMode === 'fullscreen') void host.requestDisplayMode('inline');
    if (next.kind === 'search') {
      setPage(next.page);
      setScreen({ name: 'list' });
    }
    if (next.kind === 'profile') setScreen({ name: 'profile', id: next.profile.freelancer_id });
  }, [host.result]);

  const go = (next: Screen) => {
    if (next.name === 'compare') void host.requestDisplayMode('fullscreen');
    else if (screen.name === 'compare') void host.requestDisplayMode('inline');
    setScreen(next);
    window.scrollTo?.({ top: 0 });
  };

  const toggle = (id: string) => {
    const next = selected.includes(id)
      ? selected.filter((s) => s !== id)
      : [...selected, id].slice(-3);
    setSelected(next);
    host.saveState({ selected: next });
  };

  const showMore = async () => {
    if (!page?.next_cursor) return;
    setMore({ loading: true, error: null });
    try {
      const r = await callOrThrow(host.callTool, 'more_candidates', {
        cursor: page.next_cursor,
        limit: 5,
      });
      const outcome = readOutcome(r);
      if (outcome.kind !== 'search') throw new Error('The next page could not be read.');
      const seen = new Set(page.cards.map((c) => c.freelancer_id));
      setPage({
        ...page,
        next_cursor: outcome.page.next_cursor,
        cards: [...page.cards, ...outcome.page.cards.filter((c) => !seen.has(c.freelancer_id))],
      });
      setMore({ loading: false, error: null });
    } catch (err) {
      setMore({ loading: false, error: (err as Error).message });
    }
  };

  if (!outcome) return <LoadingState query={host.toolInput?.query as string | undefined} />;
  if (outcome.kind === 'error') return <ErrorState message={outcome.message} />;
  if (outcome.kind === 'handoff')
    return <HireView host={host} done={outcome.handoff} names={outcome.names} />;

  const cards = page?.cards ?? [];
  const byId = (id: string) => cards.find((c) => c.freelancer_id === id);
  const chosen = (ids: string[]) => ids.map(byId).filter((c): c is Card => Boolean(c));
  const back = page ? () => go({ name: 'list' }) : undefined;

  if (screen.name === 'profile') {
    const first = outcome.kind === 'profile' ? outcome.profile : undefined;
    return (
      <ProfileView
        key={screen.id}
        host={host}
        id={screen.id}
        searchId={page?.search_id}
        initial={first?.freelancer_id === screen.id ? first : undefined}
        card={byId(screen.id)}
        onBack={back}
        onHire={page ? () => go({ name: 'hire', ids: [screen.id] }) : undefined}
      />
    );
  }
  if (!page) return <ErrorState message="Nothing to show yet." />;
  if (screen.name === 'compare') {
    return (
      <CompareView
        cards={chosen(selected)}
        fullscreen={host.displayMode === 'fullscreen'}
        onBack={() => go({ name: 'list' })}
        onProfile={(id) => go({ name: 'profile', id })}
        onHire={(ids) => go({ name: 'hire', ids })}
      />
    );
  }
  if (screen.name === 'hire') {
    return (
      <HireView
        host={host}
        people={chosen(screen.ids)}
        brief={page.brief ?? fallbackBrief(page)}
        searchId={page.search_id}
        onBack={() => go({ name: 'list' })}
      />
    );
  }
  return (
    <ShortlistView
      page={{ ...page, cards }}
      selected={selected}
      more={more}
      onToggle={toggle}
      onProfile={(id) => go({ name: 'profile', id })}
      onHire={(id) => go({ name: 'hire', ids: [id] })}
      onCompare={() => go({ name: 'compare' })}
      onMore={showMore}
    />
  );
}

function fallbackBrief(page: SearchWidgetMeta): DraftBrief {
  const skills = [...new Set(page.cards.flatMap((c) => c.required.matched))].slice(0, 10);
  return {
    title: skills.length ? `${skills.slice(0, 2).join(' and ')} freelancer` : 'Freelance project',
    description: `Looking for a freelancer${skills.length ? ` with ${skills.join(', ')}` : ''}.`,
    skills,
  };
}

export type { Handoff };
