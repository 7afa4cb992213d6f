import type { Command } from '@commander-js/extra-typings';
import { setInputPathPolicy } from './input-file.js';

/**
 * `--allow-path <folder>` (repeatable) and `--allow-any-path`, options of every command (given
 * before or after the command's name): folders, besides the scenario's own and the project's
 * data/ and scenarios/, that paths written inside scenario files (`extends`, CSV inputs, a sweep
 * file's `scenario`) may lead into. They take effect before the command runs.
 */
export function addInputPathOptions(program: Command): void {
  program
    .option(
      '--allow-path <folder>',
      "let scenario files read files in this folder too (besides their own folder and the project's data/ and scenarios/; repeatable)",
      (value: string, all: string[]) => [...all, value],
      [] as string[],
    )
    .option('--allow-any-path', 'let scenario files read files anywhere (only regular files, up to 64 MB)')
    .hook('preAction', (command) => {
      const options = command.opts() as { allowPath?: string[]; allowAnyPath?: boolean };
      setInputPathPolicy({ allowed: options.allowPath ?? [], anyPath: options.allowAnyPath === true });
    });
  // Each command's --help lists these options too.
  program.configureHelp({ showGlobalOptions: true });
}
