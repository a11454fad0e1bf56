import { OptionError } from './errors.js';

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** `600` (seconds), `90s`, `10m`, `1h`, `1m30s`, `500ms` → milliseconds. */
export function parseDuration(value: string, option = 'duration'): number {
  const text = value.trim().toLowerCase();
  let total = 0;
  let matched = 0;
  if (/^\d+(\.\d+)?$/.test(text)) {
    total = Number(text) * 1000;
    matched = text.length;
  }
  const re = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
  for (const m of text.matchAll(re)) {
    total += Number(m[1]) * UNITS[m[2]!]!;
    matched += m[0].length;
  }
  if (text === '' || matched !== text.length || total <= 0) {
    throw new OptionError(option, value, 'a duration such as 600 (seconds), 90s, 10m or 1h');
  }
  return Math.round(total);
}
