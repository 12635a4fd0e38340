import type { ModelSettings } from '../model/Settings';
import type { GuideQuestion } from './worryGuide';

const GUIDE_QUESTIONS: readonly GuideQuestion[] = ['danger', 'concrete', 'ownService', 'oneOtherService'];

/**
 * The signs of worry the municipality lists in its model (settings rows `guideSign 1`, `guideSign 2`, … such as
 * "danger: Barnet er redd for å gå hjem"), shown as hints beside the guide's questions. A sign names its question
 * before a colon; a sign without one belongs to the first question, whether the child is in danger.
 */
export function guideSignsFor(settings: Pick<ModelSettings, 'guideSigns'>, question: GuideQuestion): string[] {
  return (settings.guideSigns ?? []).flatMap((line) => {
    const match = /^\s*([A-Za-z]+)\s*:\s*(.+)$/.exec(line);
    // Both groups are required by the pattern, so a match has them.
    const named = match && (GUIDE_QUESTIONS as readonly string[]).includes(match[1]!) ? (match[1] as GuideQuestion) : undefined;
    const text = (named && match ? match[2]! : line).trim();
    const belongs = named ?? GUIDE_QUESTIONS[0];
    return belongs === question && text !== '' ? [text] : [];
  });
}
