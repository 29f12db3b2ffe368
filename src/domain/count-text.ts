const whole = new Intl.NumberFormat("nl-NL");
const twoDigits = new Intl.NumberFormat("nl-NL", { maximumSignificantDigits: 2 });

/**
 * A count as the page shows it: an exact count in full ("1.234"), an estimate rounded to two
 * digits after "ca." ("ca. 1.200"), since its third digit would claim a precision it does not have.
 */
export function countText(count: number, estimated: boolean): string {
  return estimated && count > 0 ? `ca. ${twoDigits.format(count)}` : whole.format(count);
}
