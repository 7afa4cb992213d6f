import { z } from 'zod';
import type { SchemaContext } from './context.js';
import { DEFAULT_SPECIALTIES } from './domain.js';
import { accepting, checkSum, listOf, share } from './fields.js';
import { FORBIDDEN_KEYS } from './json-edit.js';
import { withJsonForm } from './json-form.js';
import { LIMITS } from './limits.js';
import { expected, isPlainObject, unknownName } from './messages.js';

const SPECIALTY_NAME = /^[A-Za-z0-9_-]+$/;

/** A specialty name in the JSON Schema (which specialties the file has is the parser's to check). */
const NAME_FORM = { type: 'string', pattern: SPECIALTY_NAME.source };

/**
 * `specialties`: the specialty names (default `["XADM", "XCON", "XCSI"]`); one to
 * LIMITS.specialties (100), each of letters, digits, `_` or `-` and at most LIMITS.specialtyName
 * (64) characters (they appear in KPI scopes such as `pool:se/XADM`), no repeats.
 */
export function specialtiesSchema() {
  const name = accepting(
    'a specialty name (letters, digits, "_" or "-")',
    (v): v is string => typeof v === 'string' && SPECIALTY_NAME.test(v),
    { ...NAME_FORM, maxLength: LIMITS.specialtyName },
  );
  return listOf(name, 'specialty names', LIMITS.specialties)
    .superRefine((names, ctx) => {
      if (names.length === 0)
        ctx.addIssue({ code: 'custom', message: 'expected at least one specialty, got none', input: names });
      names.forEach((n, i) => {
        if (n.length > LIMITS.specialtyName)
          ctx.addIssue({
            code: 'custom',
            message: expected(`a specialty name of at most ${LIMITS.specialtyName} characters`, n),
            path: [i],
            input: n,
          });
        // A specialty names fields of the file (pools.se.specialties.XADM), which may not reach a prototype.
        else if (FORBIDDEN_KEYS.has(n))
          ctx.addIssue({
            code: 'custom',
            message: `"${n}" is not allowed as a specialty name`,
            path: [i],
            input: n,
          });
        else if (names.indexOf(n) < i)
          ctx.addIssue({ code: 'custom', message: `"${n}" is listed twice`, path: [i], input: n });
      });
    })
    .default([...DEFAULT_SPECIALTIES]);
}

/** A key that must be one of the file's specialties. */
function specialtyKey(context: SchemaContext) {
  const known = context.specialties;
  const key = z.custom<string>((k) => typeof k === 'string' && (known === null || known.includes(k)), {
    error: (issue) => unknownName('specialty', issue.input, 'specialties', known ?? []),
  });
  return withJsonForm(key, NAME_FORM);
}

/**
 * An object keyed by specialty. Keys must be known specialties; every specialty gets an
 * entry in the parsed form, `defaultFor` it when the file leaves it out.
 */
export function perSpecialty<S extends z.ZodType>(
  context: SchemaContext,
  value: S,
  defaultFor: (specialty: string, index: number) => z.input<S>,
) {
  const defaults = () => Object.fromEntries((context.specialties ?? []).map((s, i) => [s, defaultFor(s, i)]));
  const record = z.record(specialtyKey(context), value, {
    error: (issue) => expected('an object keyed by specialty', issue.input),
  });
  return z.preprocess((raw) => (isPlainObject(raw) ? { ...defaults(), ...raw } : raw), record).prefault({});
}

/**
 * `arrivals.mix.specialty`: the share of cases of each specialty (default: equal shares).
 * Specialties left out get 0; the shares must sum to 1.
 */
export function specialtyMix(context: SchemaContext) {
  const names = context.specialties ?? [];
  return z
    .record(specialtyKey(context), share(), {
      error: (issue) => expected('an object of shares by specialty', issue.input),
    })
    .superRefine((mix, ctx) => {
      // Without a valid list of specialties (its error is reported) the mix cannot be judged.
      if (context.specialties !== null) checkSum(Object.values(mix), ctx);
    })
    .transform((mix) => Object.fromEntries(names.map((s) => [s, mix[s] ?? 0])) as Record<string, number>)
    .prefault(Object.fromEntries(names.map((s) => [s, 1 / names.length])));
}
