// Time-zone arithmetic for location filters. Offsets are today's, so daylight saving time is
// whatever it is on the day of the search, for the client and the freelancer alike.

const WORKDAY_START = 9;
const WORKDAY_END = 17;

// Building an Intl.DateTimeFormat costs far more than using one, and a location filter asks for
// every zone in the index on each search: one formatter per zone, kept for the process.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Hours from UTC of a zone at an instant, e.g. 1 for Europe/Berlin in winter, 5.5 for Kolkata. */
export function utcOffsetHours(timeZone: string, at: Date): number {
  const parts = formatterFor(timeZone).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  const utc = Math.floor(at.getTime() / 60000) * 60000;
  return Math.round((local - utc) / 900000) / 4;
}

/** Shared hours of two 9:00–17:00 working days, given each side's UTC offset. */
export function workdayOverlapHours(offsetA: number, offsetB: number): number {
  // Work in UTC hours; try the neighbouring day too, so that Sydney and London still meet.
  const startA = WORKDAY_START - offsetA;
  const endA = WORKDAY_END - offsetA;
  let best = 0;
  for (const shift of [-24, 0, 24]) {
    const startB = WORKDAY_START - offsetB + shift;
    const endB = WORKDAY_END - offsetB + shift;
    best = Math.max(best, Math.min(endA, endB) - Math.max(startA, startB));
  }
  return best;
}

export function formatOffset(hours: number): string {
  const sign = hours < 0 ? '−' : '+';
  const abs = Math.abs(hours);
  const h = Math.floor(abs);
  const m = Math.round((abs - h) * 60);
  return `UTC${sign}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
}

export function isKnownTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The local time in a zone, e.g. "14:05". */
export function localTime(timeZone: string, at: Date): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}
