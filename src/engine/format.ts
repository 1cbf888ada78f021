/** Numbers in reason sentences, written the way an NHS finance paper writes them (en-GB). */

const wholeNumber = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat("en-GB", {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const upToTwoDecimals = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

/** @example formatCount(48210) // "48,210" */
export function formatCount(value: number): string {
  return wholeNumber.format(value);
}

/** Pounds, whole: @example formatPounds(-120000) // "-£120,000" */
export function formatPounds(value: number): string {
  const text = `£${wholeNumber.format(Math.abs(value))}`;
  return value < 0 && text !== "£0" ? `-${text}` : text;
}

/** Pounds per head, pence shown when there are any: @example formatPoundsPerHead(24.73) // "£24.73" */
export function formatPoundsPerHead(value: number): string {
  const text = `£${upToTwoDecimals.format(Math.abs(value))}`;
  return value < 0 ? `-${text}` : text;
}

/** A share as a percentage with one decimal: @example formatShare(0.1843) // "18.4%" */
export function formatShare(share: number): string {
  return `${oneDecimal.format(share * 100)}%`;
}

/** A threshold share, without needless decimals: @example formatThresholdShare(0.05) // "5%" */
export function formatThresholdShare(share: number): string {
  return `${upToTwoDecimals.format(share * 100)}%`;
}

/** Kilometres with one decimal: @example formatKm(27.34) // "27.3 km" */
export function formatKm(km: number): string {
  return `${oneDecimal.format(km)} km`;
}

/** A threshold in km without needless decimals: @example formatThresholdKm(25) // "25 km" */
export function formatThresholdKm(km: number): string {
  return `${upToTwoDecimals.format(km)} km`;
}

/** "1 practice", "3 practices". */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${formatCount(count)} ${count === 1 ? noun : pluralNoun}`;
}
