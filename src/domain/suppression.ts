/**
 * Small numbers identify people. Outside the owning municipality a measurement taken from fewer
 * than MIN_SAMPLE_SIZE participants is shown only as "< 10": no value, left out of charts and exports.
 * PocketBase draws the line (collection measurement_public); the site only labels what it gets.
 */
import { formatDecimal } from "./decimal.ts";

export const MIN_SAMPLE_SIZE = 10;

export const isSmallSample = (sampleSize: number): boolean => sampleSize < MIN_SAMPLE_SIZE;

export type ShownMeasurement = { value: number | null; sample_size: number | null; small_sample: boolean };

/** "< 10" for a suppressed sample size, the number otherwise, grouped the Dutch way ("1.250"). */
export const sampleSizeLabel = (measurement: ShownMeasurement): string =>
  measurement.small_sample || measurement.sample_size === null ? `< ${MIN_SAMPLE_SIZE}` : formatDecimal(measurement.sample_size);
