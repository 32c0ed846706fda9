// A one-line progress bar on stderr, drawn only on a terminal; silent in pipes and CI.

export interface Progress {
  update(done: number): void;
  done(message?: string): void;
}

export function createProgress(
  label: string,
  total: number | undefined,
  stream = process.stderr,
): Progress {
  const started = Date.now();
  let last = 0;
  if (!stream.isTTY) return { update() {}, done() {} };
  const draw = (done: number) => {
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? Math.round(done / seconds) : 0;
    let bar = '';
    if (total) {
      const width = 30;
      const filled = Math.min(width, Math.round((done / total) * width));
      bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.floor((done / total) * 100)}% `;
    }
    stream.write(
      `\r${label} ${bar}${done.toLocaleString('en')}${total ? `/${total.toLocaleString('en')}` : ''} (${rate.toLocaleString('en')}/s)   `,
    );
  };
  return {
    update(done) {
      const now = Date.now();
      if (now - last < 100 && done !== total) return;
      last = now;
      draw(done);
    },
    done(message) {
      stream.write(`\r\x1b[2K${message ?? ''}${message ? '\n' : ''}`);
    },
  };
}
