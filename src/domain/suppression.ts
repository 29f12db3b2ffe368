/**
 * Small numbers identify people. Outside the owning municipality a measurement taken from fewer
 * than MIN_SAMPLE_SIZE participants is shown only as "< 10": no value, left out of charts and exports.
 * PocketBase holds the same line for direct API calls (collection measurement_public).
 */
export const MIN_SAMPLE_SIZE = 10;

export const isSmallSample = (sampleSize: number): boolean => sampleSize < MIN_SAMPLE_SIZE;

export type ShownMeasurement = { value: number | null; sample_size: number | null; small_sample: boolean };

/** A measurement as a viewer outside the owning municipality may see it. */
export function suppressForPeers<T extends { value: number; sample_size: number }>(
  measurement: T,
): Omit<T, "value" | "sample_size"> & ShownMeasurement {
  if (!isSmallSample(measurement.sample_size)) return { ...measurement, small_sample: false };
  return { ...measurement, value: null, sample_size: null, small_sample: true };
}

/** "< 10" for a suppressed sample size, the number otherwise. */
export const sampleSizeLabel = (measurement: ShownMeasurement): string =>
  measurement.small_sample || measurement.sample_size === null ? `< ${MIN_SAMPLE_SIZE}` : String(measurement.sample_size);
