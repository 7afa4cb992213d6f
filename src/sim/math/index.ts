/**
 * Elementary functions that give the same bits on every JavaScript engine. The language leaves
 * Math.log, Math.exp, Math.sin, Math.cos, Math.pow... "implementation-approximated", and engines
 * differ in the last bit (Node 20 and Chromium on about 7% of logarithms), which made the browser
 * and the CLI simulate times a bit apart. These use only +, -, *, / and bit access, which IEEE
 * 754 fixes exactly; src/sim uses them instead of Math's (a lint rule keeps it so).
 */
export { exp } from './exp.js';
export { log, log1p } from './log.js';
export { cos, sin } from './trig.js';
