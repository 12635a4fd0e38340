import type { RoutineNynorsk } from '../../../core/model/Routine';
import type { NynorskEditorStrings } from './nynorskEditorStrings';

/** A routine's Nynorsk texts as lines for comparing two versions: title, summary, then each step's "what". */
export function describeNynorsk(nn: RoutineNynorsk | undefined, s: NynorskEditorStrings, empty: string): string[] {
  const lines = [
    ...(nn?.title ? [`${s.conflictTitle}: ${nn.title}`] : []),
    ...(nn?.summary ? [`${s.conflictSummary}: ${nn.summary}`] : []),
    ...(nn?.steps ?? []).map((step, i) => `${i + 1}. ${step.what}${step.who ? ` (${step.who})` : ''}${step.deadline ? ` – ${step.deadline}` : ''}`)
  ];
  return lines.length > 0 ? lines : [empty];
}
