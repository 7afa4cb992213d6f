import { z } from 'zod';
import { withJsonForm } from './json-form.js';

/** A value refused outright: the message, and where below the field it belongs (e.g. `['dist']`). */
export class Rejection {
  constructor(
    readonly message: string,
    readonly path: readonly (string | number)[] = [],
  ) {}
}

/**
 * A field that may take several shapes (a distribution or a per-severity map, a schedule name
 * or a list of shifts). `pick` looks at the raw value and chooses the one schema that applies,
 * so errors come from that schema alone; a zod union would report every branch it tried.
 * `form` is a plain schema accepting the same values (typically that union), for the JSON Schema;
 * `formName` names it there when it is used in many fields (see json-form.ts).
 */
export function select<T>(
  pick: (raw: unknown) => z.core.$ZodType<T> | Rejection,
  form: z.core.$ZodType,
  formName?: string,
) {
  const field = withJsonForm(z.unknown(), form, formName);
  return field.transform((raw, ctx): T => {
    const chosen = pick(raw);
    if (chosen instanceof Rejection) {
      ctx.addIssue({ code: 'custom', message: chosen.message, input: raw, path: [...chosen.path] });
      return z.NEVER;
    }
    const result = z.safeParse(chosen, raw, { reportInput: true });
    if (result.success) return result.data;
    // Nested issues carry paths relative to this field; zod prefixes the field's own path.
    for (const issue of result.error.issues) ctx.addIssue({ ...issue });
    return z.NEVER;
  });
}
