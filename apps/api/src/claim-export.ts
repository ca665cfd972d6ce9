import { Transform } from 'node:stream';
import type { Claim } from '@claim-ledger/contracts';

/** The export formats a client can ask for with `Accept`, besides JSON pages. */
export const EXPORT_TYPES = { csv: 'text/csv', ndjson: 'application/x-ndjson' } as const;
export type ExportFormat = keyof typeof EXPORT_TYPES;

export const CSV_COLUMNS = [
  'id',
  'publisher',
  'articleId',
  'publishedAt',
  'language',
  'sourceId',
  'sourceName',
  'stance',
  'hedged',
  'statedAt',
  'eventStart',
  'eventEnd',
  // (true where the period is the one the claims before it were about: the claim names none.)
  'eventInferred',
  'quantities',
  'propositionId',
  'content',
] as const;

/**
 * One CSV field (RFC 4180): quoted when it holds a quote, a separator or a line break. A
 * text that a spreadsheet would run as a formula (=, +, -, @ first) is prefixed with `'`.
 */
export function csvField(value: string | number | boolean | null | undefined, isText = true): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (isText && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const figure = (q: Claim['quantities'][number]) =>
  `${q.value ?? `${q.min ?? ''}..${q.max ?? ''}`}${q.unit ? ` ${q.unit}` : ''}${q.approx ? ' ~' : ''}`;

export function csvRow(c: Claim, publishedAt: string): string {
  return [
    csvField(c.id),
    csvField(c.publisher),
    csvField(c.articleId),
    csvField(publishedAt, false),
    csvField(c.language),
    csvField(c.source.id),
    csvField(c.source.name),
    csvField(c.stance),
    csvField(c.hedged, false),
    csvField(c.statedAt.start, false),
    csvField(c.eventTime?.start, false),
    csvField(c.eventTime?.end, false),
    csvField(c.eventTime?.inferred ?? (c.eventTime ? false : undefined), false),
    csvField(c.quantities.map(figure).join('; ')),
    csvField(c.propositionId),
    csvField(c.content),
  ].join(',');
}

/** Turns the rows of ClaimSearch.stream into CSV or NDJSON lines, one row at a time. */
export function exportTransform(format: ExportFormat): Transform {
  let first = true;
  return new Transform({
    writableObjectMode: true,
    transform(row: { record: Claim; published_at: string }, _enc, done) {
      let out = '';
      if (format === 'csv' && first) out += `${CSV_COLUMNS.join(',')}\r\n`;
      first = false;
      out +=
        format === 'csv'
          ? `${csvRow(row.record, row.published_at)}\r\n`
          : `${JSON.stringify({ ...row.record, publishedAt: row.published_at })}\n`;
      done(null, out);
    },
    flush(done) {
      // An empty CSV still has its header.
      done(null, format === 'csv' && first ? `${CSV_COLUMNS.join(',')}\r\n` : '');
    },
  });
}
