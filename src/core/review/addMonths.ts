/**
 * Adds whole months to a yyyy-mm-dd date, keeping the day where the month has it and otherwise taking the
 * month's last day (31 January + 1 month = 28 or 29 February), as people count "in twelve months".
 */
export function addMonths(isoDate: string, months: number): string {
  const [year = NaN, month = NaN, day = NaN] = isoDate.slice(0, 10).split('-').map(Number);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const targetDay = Math.min(day, lastDay);
  return `${String(targetYear).padStart(4, '0')}-${String(targetMonth + 1).padStart(2, '0')}-${String(targetDay).padStart(2, '0')}`;
}
