/**
 * Builds synthetic birth numbers for tests, never real people's. It uses the check as Skatteetaten states it,
 * independently of the implementation under test: a number is valid when the weighted digit sums
 * 3·d1 + 7·d2 + 6·m1 + 1·m2 + 8·y1 + 9·y2 + 4·i1 + 5·i2 + 2·i3 + 1·k1 and
 * 5·d1 + 4·d2 + 3·m1 + 2·m2 + 7·y1 + 6·y2 + 5·i1 + 4·i2 + 3·i3 + 2·k1 + 1·k2 are both divisible by 11.
 */
const FIRST = [3, 7, 6, 1, 8, 9, 4, 5, 2, 1];
const SECOND = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

const weightedSum = (digits: string, weights: number[]): number =>
  digits.split('').reduce((sum, d, i) => sum + Number(d) * weights[i], 0);

/** Completes nine digits (ddmmyy + individual number) with both control digits, or undefined when none exist. */
export function withControlDigits(nineDigits: string): string | undefined {
  for (let k1 = 0; k1 <= 9; k1++) {
    const ten = `${nineDigits}${k1}`;
    if (weightedSum(ten, FIRST) % 11 !== 0) continue;
    for (let k2 = 0; k2 <= 9; k2++) {
      const eleven = `${ten}${k2}`;
      if (weightedSum(eleven, SECOND) % 11 === 0) return eleven;
    }
  }
  return undefined;
}

/** A valid synthetic number for the date (ddmmyy), trying individual numbers upwards from `firstIndividual`. */
export function syntheticBirthNumber(ddmmyy: string, firstIndividual: number): string {
  for (let individual = firstIndividual; individual < firstIndividual + 100; individual++) {
    const number = withControlDigits(`${ddmmyy}${String(individual).padStart(3, '0')}`);
    if (number) return number;
  }
  throw new Error(`no valid number for ${ddmmyy}`);
}

/** The same number with its last digit changed, so the second control digit is wrong. */
export function withWrongChecksum(number: string): string {
  const last = Number(number.charAt(10));
  return `${number.slice(0, 10)}${(last + 1) % 10}`;
}
