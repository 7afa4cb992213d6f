// Lint: a small rule set (promises are awaited or handled, no unused code) plus the headless rule
// for the engine. Formatting is Prettier's alone (eslint-config-prettier turns style rules off).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The engine never touches the wall clock, randomness outside its streams, Node or the DOM. */
const headless = {
  'no-restricted-globals': [
    'error',
    { name: 'Date', message: 'src/sim has no wall clock: time is the kernel clock in minutes.' },
    { name: 'performance', message: 'src/sim has no wall clock: time is the kernel clock in minutes.' },
    { name: 'window', message: 'src/sim is headless.' },
    { name: 'document', message: 'src/sim is headless.' },
    { name: 'process', message: 'src/sim runs in the browser too: no Node globals.' },
  ],
  'no-restricted-properties': [
    'error',
    { object: 'Math', property: 'random', message: 'Draw from a seeded stream (src/sim/random).' },
    { object: 'Date', property: 'now', message: 'src/sim has no wall clock.' },
    // Engines round these differently in the last bit; src/sim/math gives the same bits everywhere.
    ...[
      'log',
      'log1p',
      'log2',
      'log10',
      'exp',
      'expm1',
      'pow',
      'sin',
      'cos',
      'tan',
      'asin',
      'acos',
      'atan',
      'atan2',
      'sinh',
      'cosh',
      'tanh',
      'asinh',
      'acosh',
      'atanh',
      'cbrt',
      'hypot',
    ].map((property) => ({
      object: 'Math',
      property,
      message: 'Engines differ in the last bit: use src/sim/math, so that the browser and the CLI agree.',
    })),
  ],
  'no-restricted-syntax': [
    'error',
    {
      selector: "BinaryExpression[operator='**']:not([left.type='Literal'][right.type='Literal'])",
      message: 'x ** y is Math.pow, which engines round differently: multiply, or use src/sim/math.',
    },
    {
      selector: "AssignmentExpression[operator='**=']",
      message: 'x **= y is Math.pow, which engines round differently: multiply, or use src/sim/math.',
    },
  ],
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        { regex: '^node:', message: 'src/sim runs in the browser too: no Node modules.' },
        {
          regex: '^(fs|path|os|url|worker_threads|child_process)(/|$)',
          message: 'src/sim runs in the browser too.',
        },
        { regex: '(^|/)(cli|viz)/', message: 'src/sim never imports from cli or viz.' },
      ],
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'dist-app/**', 'node_modules/**', 'test-output/**', '**/*.generated.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.json', './tsconfig.viz.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    // Benchmarks and scripts run in Node; code handed to page.evaluate runs in the browser.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  { files: ['src/sim/**/*.ts'], rules: headless },
  prettier,
);
