import { z } from 'zod';
import { CONTRACTS, SEVERITIES, jsonProblem, type Contract, type Severity } from '../sim/index.js';
import { NON_EMPTY_STRING, numberForm, withJsonForm } from '../sim/scenario/json-form.js';
import { show } from '../sim/scenario/messages.js';
import { HISTORY_STATUSES, HISTORY_TIERS, type HistoryStatus, type HistoryTier } from './case-history.js';
import { formatProblem } from './history-clock.js';
import { HistoryError } from './history-error.js';

/**
 * How a ticket export reads as a tiersim history: a public format, written by users (see
 * MODEL.md, "Calibrating from a ticket history"). Every field below is optional unless said.
 */
export interface Mapping {
  /** `events`: one row per status change of a case; `tickets`: one row per case. Required. */
  readonly format: 'events' | 'tickets';
  /** Which column holds what (header names). `case` is required; `time` for events, `opened` for tickets. */
  readonly columns: MappingColumns;
  /** date-fns `parse` tokens (`d/M/yyyy HH:mm`); absent: ISO 8601, with or without a zone. */
  readonly timeFormat?: string;
  /** Values that mean "empty" besides the empty field (`?`, `NULL`); default none. */
  readonly missing: readonly string[];
  /**
   * Value maps onto tiersim's names. The key `"*"` maps every value not named; a value mapped to
   * null is taken as missing. Without a map, a value must already be tiersim's name (a tier,
   * severity, status or contract) and a specialty is its own value.
   */
  readonly tiers?: ValueMap<HistoryTier>;
  readonly severities?: ValueMap<Severity>;
  readonly specialties?: ValueMap<string>;
  readonly contracts?: ValueMap<Contract>;
  readonly statuses?: ValueMap<HistoryStatus>;
  /**
   * Minutes by which a case's `opened` time may precede the history's first row before the case
   * counts as started before the window, or precede the case's own first row before that is
   * reported as `late-first-row`; default 60. Exports write the opening (form opened) some
   * minutes before the first saved row: not a cut history.
   */
  readonly openedGraceMinutes: number;
  /** The field separator: one character, default `,` (`;` and tab are common in exports). */
  readonly delimiter: string;
}

/** Column names, by what they hold; each optional except `case`. */
export interface MappingColumns {
  readonly case: string;
  /** events: the time of the row's status change. */
  readonly time?: string;
  readonly status?: string;
  readonly tier?: string;
  readonly severity?: string;
  readonly specialty?: string;
  readonly contract?: string;
  /** Who holds the case from that row on. */
  readonly resource?: string;
  /** When the case was opened (tickets: required; events: else its first row). */
  readonly opened?: string;
  /** When it was resolved (tickets; events without a `status` column). */
  readonly resolved?: string;
  /** tickets: when someone first worked it. */
  readonly firstResponse?: string;
}

/** A value map: the history's value (trimmed) to tiersim's name, or null for "missing". */
export type ValueMap<T> = Readonly<Record<string, T | null>>;

/** Default of {@link Mapping.openedGraceMinutes}. */
export const OPENED_GRACE_MINUTES = 60;

/** The formats of a history. */
export const MAPPING_FORMATS = ['events', 'tickets'] as const satisfies readonly Mapping['format'][];

/** The column each format needs besides `case`: a row's time (events), a case's opening (tickets). */
export const FORMAT_NEEDS = { events: 'time', tickets: 'opened' } as const satisfies Record<
  Mapping['format'],
  keyof MappingColumns
>;

/** The columns each format reads. */
export const FORMAT_COLUMNS = {
  events: [
    'case',
    'time',
    'status',
    'tier',
    'severity',
    'specialty',
    'contract',
    'resource',
    'opened',
    'resolved',
  ],
  tickets: [
    'case',
    'opened',
    'resolved',
    'firstResponse',
    'tier',
    'severity',
    'specialty',
    'contract',
    'resource',
  ],
} as const satisfies Record<Mapping['format'], readonly (keyof MappingColumns)[]>;

/** The mapping's own fields, as an unknown field's message lists them. */
const MAPPING_FIELDS =
  'format, columns, timeFormat, missing, tiers, severities, specialties, contracts, statuses, openedGraceMinutes, delimiter';

/** Every column a mapping may name, in the order readers look them up (events' first). */
export const COLUMN_KINDS = [...new Set([...FORMAT_COLUMNS.events, ...FORMAT_COLUMNS.tickets])];

/** A required or optional field's message when it is absent or of the wrong kind. */
function expecting(what: string) {
  return (issue: { input: unknown }) =>
    issue.input === undefined ? 'required' : `expected ${what}, got ${show(issue.input)}`;
}

const columnName = z
  .string({ error: expecting('a column name') })
  .trim()
  .min(1, { error: 'expected a column name, got ""' });

/** A map of history values to one of `names` (or null), whose wrong values name the choices. */
function valueMap<T extends string>(kind: string, names: readonly T[]) {
  const value = z.custom<T | null>(
    (v) => v === null || (typeof v === 'string' && (names as readonly string[]).includes(v)),
    {
      error: (issue) => `${show(issue.input)} is not a ${kind} (${names.join(', ')})`,
    },
  );
  return valueRecord(withJsonForm(value, { enum: [...names, null] }));
}

function valueRecord<T>(value: z.ZodType<T>) {
  return z.record(z.string(), value, { error: expecting('an object of values') }).optional();
}

const columnsSchema = z.strictObject(
  {
    case: columnName,
    ...Object.fromEntries(COLUMN_KINDS.filter((c) => c !== 'case').map((c) => [c, columnName.optional()])),
  },
  { error: expecting('an object of column names') },
);

/** The mapping format as the reader checks it (mapping-json-schema.ts makes its JSON Schema of it). */
export const mappingSchema = z
  .strictObject(
    {
      $schema: z.string().optional().meta({
        description: 'The JSON Schema of this format, for editors (scenarios/mapping.schema.json); ignored.',
      }),
      description: z
        .string({ error: expecting('a text') })
        .optional()
        .meta({
          description: 'Where the history comes from (and its citation): carried into the fitted scenario.',
        }),
      format: withJsonForm(
        z.custom<Mapping['format']>((v) => v === 'events' || v === 'tickets', {
          error: (issue) =>
            issue.input === undefined
              ? 'required'
              : `expected "events" or "tickets", got ${show(issue.input)}`,
        }),
        { enum: MAPPING_FORMATS },
      ),
      columns: columnsSchema,
      timeFormat: z
        .string({ error: expecting('date-fns format tokens such as "d/M/yyyy HH:mm"') })
        .min(1, { error: 'expected date-fns format tokens such as "d/M/yyyy HH:mm", got ""' })
        .optional(),
      missing: z
        .array(z.string({ error: expecting('a text') }), { error: expecting('a list of texts') })
        .default([]),
      tiers: valueMap('tier', HISTORY_TIERS),
      severities: valueMap('severity', SEVERITIES),
      specialties: valueRecord(
        withJsonForm(
          z.custom<string | null>((v) => v === null || (typeof v === 'string' && v.trim() !== ''), {
            error: (issue) => `expected a specialty name or null, got ${show(issue.input)}`,
          }),
          { anyOf: [NON_EMPTY_STRING, { type: 'null' }] },
        ),
      ),
      contracts: valueMap('contract', CONTRACTS),
      statuses: valueMap('status', HISTORY_STATUSES),
      openedGraceMinutes: withJsonForm(
        z.custom<number>((v) => typeof v === 'number' && Number.isFinite(v) && v >= 0, {
          error: expecting('a number of minutes >= 0'),
        }),
        numberForm({ minimum: 0 }),
      ).default(OPENED_GRACE_MINUTES),
      delimiter: withJsonForm(
        z.custom<string>(
          (v) => typeof v === 'string' && v.length === 1 && v !== '"' && v !== '\n' && v !== '\r',
          {
            error: expecting('one character other than a quote or a line break'),
          },
        ),
        { type: 'string', pattern: '^[^"\\r\\n]$' },
      ).default(','),
    },
    { error: expecting('an object') },
  )
  .superRefine((mapping, context) => {
    const needed = FORMAT_NEEDS[mapping.format];
    const columns = mapping.columns as Record<string, string | undefined>;
    if (columns[needed] === undefined)
      context.addIssue({
        code: 'custom',
        path: ['columns', needed],
        message: `required for format "${mapping.format}"`,
      });
    const read: readonly string[] = FORMAT_COLUMNS[mapping.format];
    for (const key of Object.keys(columns))
      if (!read.includes(key))
        context.addIssue({
          code: 'custom',
          path: ['columns', key],
          message: `not read in format "${mapping.format}" (it reads ${read.join(', ')})`,
        });
    if (mapping.format === 'events' && columns.status !== undefined && columns.resolved !== undefined)
      context.addIssue({
        code: 'custom',
        path: ['columns', 'resolved'],
        message: 'read only without a status column (a case is resolved by its status rows)',
      });
    if (mapping.timeFormat !== undefined) {
      const problem = formatProblem(mapping.timeFormat);
      if (problem !== null) context.addIssue({ code: 'custom', path: ['timeFormat'], message: problem });
    }
  });

/** A key path as the format writes it: `columns.case`, `tiers."7"`, `missing[2]`. */
export function mappingPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else {
      const name = String(key);
      const shown = /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
      text += text === '' ? shown : `.${shown}`;
    }
  }
  return text;
}

/** One line for a zod issue: `tiers."7": "tier9" is not a tier (...)`, `format: unknown field`. */
function issueLine(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    const [key] = issue.keys;
    const known = issue.path.length === 0 ? MAPPING_FIELDS : COLUMN_KINDS.join(', ');
    return `${mappingPath([...issue.path, key])}: unknown field (known: ${known})`;
  }
  const where = mappingPath(issue.path);
  return where === '' ? issue.message : `${where}: ${issue.message}`;
}

/**
 * The mapping in `text` (JSON), checked; throws {@link HistoryError} naming `file` and the
 * first key path at fault (`mapping.json: columns.case: required`), with a count of the others.
 */
export function parseMapping(text: string, file: string): Mapping {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new HistoryError(file, `not JSON: ${jsonProblem(error)}`);
  }
  return checkMapping(json, file);
}

/** {@link parseMapping} for a value already parsed from JSON. */
export function checkMapping(json: unknown, file: string): Mapping {
  const result = mappingSchema.safeParse(json);
  if (!result.success) {
    const [first, ...others] = result.error.issues;
    const more =
      others.length > 0 ? ` (and ${others.length} more ${others.length === 1 ? 'problem' : 'problems'})` : '';
    throw new HistoryError(file, `${issueLine(first)}${more}`);
  }
  const { $schema: _schema, description: _description, ...mapping } = result.data;
  return mapping as Mapping;
}
