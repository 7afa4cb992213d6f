/**
 * Units of simulated time. The clock counts minutes from the start of the run, a Monday at 00:00
 * (day 0), so a day and a week are whole numbers of minutes and the week repeats from minute 0.
 */
import { DAY_NAMES, MINUTES_PER_DAY } from './scenario/shifts.js';

/** Minutes in a day (1440); a shift's minutes of the day run from 0 to this. */
export { MINUTES_PER_DAY };

/** Days of the week, Monday (day 0 of the run) first: `Mon` .. `Sun`. */
export { DAY_NAMES };

/** Minutes in a week (10,080): schedules and weekly arrival profiles repeat after this. */
export const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

/** Hours in a week (168): hour 0 is Monday 00:00–01:00. */
export const HOURS_PER_WEEK = MINUTES_PER_WEEK / 60;
