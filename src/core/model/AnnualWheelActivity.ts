/**
 * An activity of the årshjul (annual wheel, from Liermodellen): the year's recurring activities that keep the
 * focus alive — topics for the first parents' meeting, the 8-month check, training, the yearly evaluation.
 */
export interface AnnualWheelActivity {
  key: string;
  title: string;
  description: string;
  /** 1–12. */
  month: number;
  /** Who it is for or who runs it, free text. */
  audience: string;
  /** 1 = every year, 2 = every second year. */
  everyYears: number;
  /** Key of the arena when the activity is a meeting that can be booked. */
  arena?: string;
  id?: number;
}
