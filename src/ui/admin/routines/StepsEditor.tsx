import * as React from 'react';
import { Button, Checkbox, Field, Input, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components';
import type { RoutineStep, RoutineStepText } from '../../../core/model/Routine';
import type { Tool } from '../../../core/model/Tool';
import { localizeIssue } from '../common/localizeIssue';
import { useNynorskEditorStrings } from './nynorskEditorStrings';
import { useAdminStrings } from '../strings';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalM },
  step: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    margin: 0,
    display: 'grid',
    gap: tokens.spacingVerticalS
  },
  legend: { fontWeight: tokens.fontWeightSemibold, paddingInline: tokens.spacingHorizontalXS },
  row: { display: 'grid', gap: tokens.spacingHorizontalM, gridTemplateColumns: 'repeat(auto-fit, minmax(14em, 1fr))' },
  tools: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(16em, 1fr))', columnGap: tokens.spacingHorizontalM },
  summary: { cursor: 'pointer', paddingBlock: tokens.spacingVerticalXS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  add: { marginBlockStart: tokens.spacingVerticalM },
  nynorsk: {
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    margin: 0,
    padding: tokens.spacingHorizontalS,
    display: 'grid',
    gap: tokens.spacingVerticalS
  }
});

const EMPTY_STEP: RoutineStep = { what: '', how: '', who: '', tools: [], deadline: '' };
const EMPTY_TEXT: RoutineStepText = { what: '', how: '', who: '', deadline: '' };

export interface StepsEditorProps {
  steps: readonly RoutineStep[];
  tools: readonly Tool[];
  /** The problem with each step, by parseSteps' rules (undefined where there is none). */
  problems: ReadonlyArray<string | undefined>;
  /**
   * Each step's text in Nynorsk (StepsNn), as many as `steps`: edited in the step itself, so adding, removing and
   * moving a step carry its Nynorsk text along.
   */
  nynorsk: readonly RoutineStepText[];
  /** A note on each Nynorsk step without "what" while others have one (shown in Bokmål), in the UI's words. */
  nynorskNotes: ReadonlyArray<string | undefined>;
  onChange(steps: RoutineStep[], nynorsk: RoutineStepText[]): void;
}

type FocusTarget = { index: number; part: 'what' | 'up' | 'down' | 'add' };

let nextStepId = 0;
const newStepId = (): number => ++nextStepId;

/**
 * The ordered steps of a routine, the part a plain SharePoint list edits badly: add, remove, reorder, and each
 * step's what / how / who / tools / deadline. Focus follows the step that moved, so the keyboard keeps its place.
 */
export function StepsEditor(props: StepsEditorProps): React.ReactElement {
  const s = useAdminStrings();
  const nnStrings = useNynorskEditorStrings();
  const styles = useStyles();
  const { steps } = props;
  const nn = steps.map((_step, i) => props.nynorsk[i] ?? EMPTY_TEXT);
  const onChange = (next: RoutineStep[], nextNn: RoutineStepText[] = nn): void => props.onChange(next, nextNn);
  // Stable React keys for steps, which have no ids of their own; reset when the steps are replaced wholesale.
  const [ids, setIds] = React.useState<number[]>(() => steps.map(newStepId));
  const keys = ids.length === steps.length ? ids : steps.map((_s, i) => ids[i] ?? -i - 1);
  React.useEffect(() => {
    if (ids.length !== steps.length) setIds(steps.map(newStepId));
  }, [ids.length, steps]);
  const [focus, setFocus] = React.useState<FocusTarget | undefined>();
  React.useEffect(() => {
    if (!focus) return;
    const id = focus.part === 'add' ? 'tb-step-add' : `tb-step-${focus.index}-${focus.part}`;
    document.getElementById(id)?.focus();
    setFocus(undefined);
  }, [focus]);

  const update = (index: number, change: Partial<RoutineStep>): void => onChange(steps.map((step, i) => (i === index ? { ...step, ...change } : step)));
  const updateNn = (index: number, change: Partial<RoutineStepText>): void =>
    onChange(
      [...steps],
      nn.map((text, i) => (i === index ? { ...text, ...change } : text))
    );
  const move = (index: number, by: -1 | 1): void => {
    const target = index + by;
    const next = [...steps];
    [next[index], next[target]] = [next[target], next[index]];
    const nextNn = [...nn];
    [nextNn[index], nextNn[target]] = [nextNn[target], nextNn[index]];
    const nextIds = [...keys];
    [nextIds[index], nextIds[target]] = [nextIds[target], nextIds[index]];
    setIds(nextIds);
    onChange(next, nextNn);
    // At the ends the button just used disappears; focus the other one of the moved step.
    const part = by === -1 ? (target === 0 ? 'down' : 'up') : target === steps.length - 1 ? 'up' : 'down';
    setFocus({ index: target, part });
  };
  const remove = (index: number): void => {
    setIds(keys.filter((_k, i) => i !== index));
    onChange(
      steps.filter((_s, i) => i !== index),
      nn.filter((_t, i) => i !== index)
    );
    setFocus(steps.length > 1 ? { index: Math.max(0, index - 1), part: 'what' } : { index: 0, part: 'add' });
  };
  const add = (): void => {
    setIds([...keys, newStepId()]);
    onChange([...steps, { ...EMPTY_STEP }], [...nn, { ...EMPTY_TEXT }]);
    setFocus({ index: steps.length, part: 'what' });
  };
  const toggleTool = (index: number, key: string, on: boolean): void => {
    const current = steps[index].tools;
    update(index, { tools: on ? [...current, key] : current.filter((t) => t !== key) });
  };

  return (
    <div>
      <ol className={styles.list}>
        {steps.map((step, i) => {
          const legendId = `tb-step-${i}-legend`;
          const problem = props.problems[i];
          return (
            <li key={keys[i]}>
              <fieldset className={styles.step}>
                <legend className={styles.legend} id={legendId}>
                  {s.stepLegend(i + 1, steps.length)}
                </legend>
                <Field label={s.step.what} required validationMessage={problem ? localizeIssue(problem, s) : undefined} validationState={problem ? 'error' : 'none'}>
                  <Input id={`tb-step-${i}-what`} value={step.what} onChange={(_e, d) => update(i, { what: d.value })} />
                </Field>
                <Field label={s.step.how}>
                  <Textarea value={step.how} resize="vertical" onChange={(_e, d) => update(i, { how: d.value })} />
                </Field>
                <div className={styles.row}>
                  <Field label={s.step.who}>
                    <Input value={step.who} onChange={(_e, d) => update(i, { who: d.value })} />
                  </Field>
                  <Field label={s.step.deadline}>
                    <Input value={step.deadline} onChange={(_e, d) => update(i, { deadline: d.value })} />
                  </Field>
                </div>
                <details>
                  <summary className={styles.summary}>
                    <Text>{s.toolsChosen(step.tools.length)}</Text>
                  </summary>
                  <div className={styles.tools} role="group" aria-label={`${s.step.tools}, ${s.stepLegend(i + 1, steps.length)}`}>
                    {props.tools.map((tool) => (
                      <Checkbox key={tool.key} label={tool.title} checked={step.tools.includes(tool.key)} onChange={(_e, d) => toggleTool(i, tool.key, d.checked === true)} />
                    ))}
                  </div>
                </details>
                <fieldset className={styles.nynorsk}>
                  <legend className={styles.legend}>{nnStrings.stepLegend(i + 1)}</legend>
                  <Field label={nnStrings.step.what} validationMessage={props.nynorskNotes[i]} validationState={props.nynorskNotes[i] ? 'warning' : 'none'}>
                    <Input lang="nn" id={`tb-step-${i}-what-nn`} value={nn[i].what} onChange={(_e, d) => updateNn(i, { what: d.value })} />
                  </Field>
                  <Field label={nnStrings.step.how}>
                    <Textarea lang="nn" value={nn[i].how} resize="vertical" onChange={(_e, d) => updateNn(i, { how: d.value })} />
                  </Field>
                  <div className={styles.row}>
                    <Field label={nnStrings.step.who}>
                      <Input lang="nn" value={nn[i].who} onChange={(_e, d) => updateNn(i, { who: d.value })} />
                    </Field>
                    <Field label={nnStrings.step.deadline}>
                      <Input lang="nn" value={nn[i].deadline} onChange={(_e, d) => updateNn(i, { deadline: d.value })} />
                    </Field>
                  </div>
                </fieldset>
                <div className={styles.actions}>
                  {i > 0 && (
                    <Button id={`tb-step-${i}-up`} aria-describedby={legendId} onClick={() => move(i, -1)}>
                      {s.moveUp}
                    </Button>
                  )}
                  {i < steps.length - 1 && (
                    <Button id={`tb-step-${i}-down`} aria-describedby={legendId} onClick={() => move(i, 1)}>
                      {s.moveDown}
                    </Button>
                  )}
                  <Button aria-describedby={legendId} onClick={() => remove(i)}>
                    {s.removeStep}
                  </Button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <Button id="tb-step-add" appearance="secondary" className={styles.add} onClick={add}>
        {s.addStep}
      </Button>
    </div>
  );
}
