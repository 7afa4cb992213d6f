import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, ROOT, tempDir } from './fixtures/cli/cli.js';

afterAll(removeTempDirs);

const OUT = 'src/sim/kernel/simjs.generated.ts';

/**
 * A throw-away project with the generator, a package.json pinning `pin` and an installed simjs of
 * `version` (a stand-in bundle); returns what running the generator there did.
 */
function generateIn(pin: string, version: string) {
  const dir = tempDir();
  mkdirSync(join(dir, 'scripts'));
  copyFileSync(join(ROOT, 'scripts/gen-simjs.mjs'), join(dir, 'scripts/gen-simjs.mjs'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module', dependencies: { simjs: pin } }));
  const simjs = join(dir, 'node_modules/simjs');
  mkdirSync(simjs, { recursive: true });
  writeFileSync(join(simjs, 'package.json'), JSON.stringify({ name: 'simjs', version, main: 'sim.js' }));
  writeFileSync(join(simjs, 'sim.js'), 'window.Sim = { Sim: function () {} };\n');
  const result = spawnSync(process.execPath, [join(dir, 'scripts/gen-simjs.mjs')], { encoding: 'utf8' });
  return { ...result, generated: existsSync(join(dir, OUT)) ? readFileSync(join(dir, OUT), 'utf8') : null };
}

describe('scripts/gen-simjs.mjs', () => {
  it('wraps simjs 2.0.3, the version the kernel adapter is written for', () => {
    const result = generateIn('2.0.3', '2.0.3');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.generated).toContain('from simjs@2.0.3');
    expect(result.generated).toContain('window.Sim = { Sim: function () {} };');
  });

  it('refuses any other installed version, saying why, and writes nothing', () => {
    const result = generateIn('2.0.3', '2.0.4');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('simjs 2.0.4 is installed, but tiersim works only with simjs 2.0.3');
    expect(result.stderr).toContain("reads simjs's private fields");
    expect(result.generated).toBeNull();
  });

  it('refuses a package.json that does not pin exactly 2.0.3', () => {
    const result = generateIn('^2.0.3', '2.0.3');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('package.json asks for simjs "^2.0.3"');
    expect(result.generated).toBeNull();
  });

  it('is satisfied by this repository: simjs pinned and installed at 2.0.3', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(pkg.dependencies.simjs).toBe('2.0.3');
    const installed = JSON.parse(readFileSync(join(ROOT, 'node_modules/simjs/package.json'), 'utf8')) as {
      version: string;
    };
    expect(installed.version).toBe('2.0.3');
    expect(readFileSync(join(ROOT, OUT), 'utf8')).toContain('from simjs@2.0.3');
  });
});
