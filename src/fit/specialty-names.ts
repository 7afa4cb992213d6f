import { LIMITS } from '../sim/index.js';

/** Names a scenario may not use for a specialty (they would name an object's prototype). */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Scenario names for a history's specialties (in the history's order): letters, digits, `_` and
 * `-` only (others become `_`), at most LIMITS.specialtyName characters, unique. `renamed` lists
 * those that changed. The caller keeps at most LIMITS.specialties of them.
 */
export function specialtyNames(specialties: readonly string[]): {
  names: string[];
  renamed: Record<string, string>;
} {
  const used = new Set<string>();
  const renamed: Record<string, string> = {};
  const names = specialties.map((original) => {
    let base = original.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, LIMITS.specialtyName) || 'specialty';
    if (FORBIDDEN.has(base)) base = `s${base}`;
    let name = base;
    for (let k = 2; used.has(name); k++) name = `${base.slice(0, LIMITS.specialtyName - 4)}_${k}`;
    used.add(name);
    if (name !== original) renamed[original] = name;
    return name;
  });
  return { names, renamed };
}
