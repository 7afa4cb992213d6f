import { z } from 'zod';
import type { Report } from './csv-reader.js';
import { accepting } from './fields.js';

/**
 * A field holding the path of a CSV file (relative to the scenario file). The parsed form is
 * what `load` makes of the file; its problems are reported on this field.
 */
export function csvFile<T>(load: (path: string, report: Report) => T | undefined) {
  return accepting('a CSV file path', (v): v is string => typeof v === 'string' && v.trim() !== '').transform(
    (path, ctx): T => {
      const loaded = load(path, (message) => ctx.addIssue({ code: 'custom', message, input: path }));
      return loaded === undefined ? z.NEVER : loaded;
    },
  );
}
