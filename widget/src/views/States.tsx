// Loading, empty and error states: the widget is never a blank box.

export function LoadingState({ query }: { query?: string }) {
  return (
    <main className="shell" aria-busy="true">
      <header className="head">
        <h1 className="head-title">Shortlist</h1>
        <p className="muted" role="status">
          {query ? `Finding freelancers for “${query}”…` : 'Finding freelancers…'}
        </p>
      </header>
      {[0, 1, 2].map((i) => (
        <div key={i} className="card skeleton" aria-hidden="true">
          <div className="sk-avatar" />
          <div className="sk-lines">
            <div className="sk-line w60" />
            <div className="sk-line w40" />
            <div className="sk-line w80" />
          </div>
        </div>
      ))}
    </main>
  );
}

export function ErrorState({ message, onBack }: { message: string; onBack?: () => void }) {
  return (
    <main className="shell">
      <div className="notice error" role="alert">
        <strong>Shortlist could not show this.</strong>
        <p>{message}</p>
        {onBack && (
          <button type="button" className="btn" onClick={onBack}>
            Back to shortlist
          </button>
        )}
      </div>
    </main>
  );
}

export function EmptyState({ notices, filters }: { notices: string[]; filters: string[] }) {
  return (
    <div className="notice empty" role="status">
      <strong>No freelancer matches every requirement yet.</strong>
      {filters.length > 0 && <p className="muted">Filters in force: {filters.join(' · ')}</p>}
      {notices.length > 0 && (
        <ul>
          {notices.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <p className="muted">Tell the assistant which requirement to relax.</p>
    </div>
  );
}
