/** Running-cost arithmetic of SPEC §3.1, on plain numbers. */

/**
 * Amount per head of population.
 * @param amount £ (or any amount)
 * @param population registered patients
 * @returns amount ÷ population, or null when the population is 0
 * @example perHead(5_000_000, 200_000) // 25
 */
export function perHead(amount: number, population: number): number | null {
  if (population === 0) return null;
  return amount / population;
}

/**
 * Running cost allowance: population × £ per head.
 * @example runningCostAllowance(200_000, 25) // 5_000_000
 */
export function runningCostAllowance(population: number, rcaPerHead: number): number {
  return population * rcaPerHead;
}

/**
 * Headroom: allowance left after fixed costs and commissioning support.
 * @param population registered patients
 * @param fixedCosts £ per CCG
 * @param supportPerHead commissioning support, £ per head
 * @param rcaPerHead running cost allowance, £ per head
 * @example headroom(200_000, 1_000_000, 9, 25) // 2_200_000
 */
export function headroom(
  population: number,
  fixedCosts: number,
  supportPerHead: number,
  rcaPerHead: number
): number {
  return runningCostAllowance(population, rcaPerHead) - fixedCosts - population * supportPerHead;
}

/**
 * Population at which the allowance exactly covers fixed costs and support, rounded up to whole people.
 * @returns null when the allowance per head does not exceed support per head (no size breaks even)
 * @example breakEvenPopulation(1_000_000, 9, 25) // 62_500
 */
export function breakEvenPopulation(
  fixedCosts: number,
  supportPerHead: number,
  rcaPerHead: number
): number | null {
  const marginPerHead = rcaPerHead - supportPerHead;
  if (!(marginPerHead > 0)) return null;
  return Math.ceil(fixedCosts / marginPerHead - 1e-9);
}
