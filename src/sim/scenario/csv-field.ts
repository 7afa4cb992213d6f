import { z } from 'zod';
import type { Report } from './csv-reader.js';
import { accepting } from './fields.js';
import { NON_EMPTY_STRING } from './json-form.js';

/**
 * A field holding the path of a CSV file (relative to the scenario file that wrote it; see
 * csv-paths.ts for how overlays keep it so). The parsed form is
 * what `load` makes of the file; its problems are reported on this field.
 */
export function csvFile<T>(load: (path: string, report: Report) => T | undefined) {
  const field = accepting(
    'a CSV file path',
    (v): v is string => typeof v === 'string' && v.trim() !== '',
    NON_EMPTY_STRING,
  );
  return field.transform((path, ctx): T => {
    const loaded = load(path, (message) => ctx.addIssue({ code: 'custom', message, input: path }));
    return loaded === undefined ? z.NEVER : loaded;
  });
}
