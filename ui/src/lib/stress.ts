/**
 * Stress shading for the calendar: five steps of one sequential scale (light → dark in the light
 * theme, dim → bright in the dark one), defined in app.css as --stress-1 … --stress-5. A single
 * ordered scale stays readable with any colour-vision deficiency, and the number is always
 * printed on the day as well, so colour is never the only cue.
 */
export type StressLevel = 1 | 2 | 3 | 4 | 5;

export function stressLevel(stress: number): StressLevel {
  if (stress <= 1) return 1;
  if (stress <= 3) return 2;
  if (stress <= 5) return 3;
  if (stress <= 7) return 4;
  return 5;
}
