/**
 * Small numbers identify people. Outside the owning municipality a measurement taken from fewer
 * than MIN_SAMPLE_SIZE participants is shown only as "< 10": no value, left out of charts and exports.
 * PocketBase draws the line (collection measurement_public); the site only labels what it gets.
 */
export const MIN_SAMPLE_SIZE = 10;

export const isSmallSample = (sampleSize: number): boolean => sampleSize < MIN_SAMPLE_SIZE;

export type ShownMeasurement = { value: number | null; sample_size: number | null; small_sample: boolean };

/** "< 10" for a suppressed sample size, the number otherwise. */
export const sampleSizeLabel = (measurement: ShownMeasurement): string =>
  measurement.small_sample || measurement.sample_size === null ? `< ${MIN_SAMPLE_SIZE}` : String(measurement.sample_size);
