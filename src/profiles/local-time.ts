// The freelancer's wall clock right now, from their IANA time zone (DST included).

export interface LocalTime {
  timezone: string;
  /** e.g. "14:05" */
  time: string;
  weekday: string;
  /** Hours from UTC today, e.g. 5.5 for Asia/Kolkata. */
  utc_offset: number;
  /** e.g. "Tue 14:05 (UTC+1)" */
  label: string;
}

export function localTime(timezone: string, now: Date): LocalTime {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: timezone,
    hourCycle: 'h23',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const asUtc = Date.UTC(
    Number(get('year')),
    Number(get('month')) - 1,
    Number(get('day')),
    Number(get('hour')),
    Number(get('minute')),
  );
  const wholeMinute = Math.floor(now.getTime() / 60_000) * 60_000;
  const offset = Math.round((asUtc - wholeMinute) / 900_000) / 4;
  const time = `${get('hour')}:${get('minute')}`;
  const sign = offset < 0 ? '−' : '+';
  const abs = Math.abs(offset);
  const offsetText = `UTC${sign}${Math.floor(abs)}${abs % 1 ? `:${String((abs % 1) * 60).padStart(2, '0')}` : ''}`;
  return {
    timezone,
    time,
    weekday: get('weekday'),
    utc_offset: offset,
    label: `${get('weekday')} ${time} (${offset === 0 ? 'UTC' : offsetText})`,
  };
}
