export { Kernel, type Timer } from './kernel.js';
