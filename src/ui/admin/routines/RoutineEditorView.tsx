import * as React from 'react';
import { Badge, Button, Field, Input, Link, makeStyles, MessageBar, MessageBarBody, Text, Textarea, Title3, tokens } from '@fluentui/react-components';
import { changedRoutineFields, stepProblems, validateRoutineDraft, type EditableRoutineField } from '../../../core/editing/routineEditing';
import { alignedNynorskSteps, normalizeNynorsk, nynorskStepProblems } from '../../../core/editing/nynorskDraft';
import type { Routine, RoutineNynorsk, RoutineStatus, RoutineStep } from '../../../core/model/Routine';
import type { RoutineRecord, SaveOutcome } from '../../../data/ports/admin/RoutineEditor';
import { useApp } from '../../app/AppContext';
import { formatRoute } from '../../app/routes';
import { formatDateTime } from '../common/formatDateTime';
import { localizeIssue } from '../common/localizeIssue';
import { useAdminStyles } from '../common/useAdminStyles';
import { useAdminWorkspace } from '../workspace/AdminWorkspace';
import { ConflictPanel } from './ConflictPanel';
import { RoutinePreview } from './RoutinePreview';
import { StepsEditor } from './StepsEditor';
import { PersonalDataWarning } from '../../common/PersonalDataWarning';
import { routinePublishBlockers } from '../../../core/readiness/readiness';
import { unpublishImpact } from '../../../core/readiness/unpublishImpact';
import { useReadinessStrings } from '../readiness/readinessStrings';
import { UnpublishConfirmation } from './UnpublishConfirmation';
import { usePersonalDataGate } from '../../evaluation/usePersonalDataGate';
import { useNynorskEditorStrings } from './nynorskEditorStrings';
import { useAdminStrings } from '../strings';

const useStyles = makeStyles({
  layout: { display: 'grid', gap: tokens.spacingVerticalXL, gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 28em), 1fr))', alignItems: 'start' },
  form: { display: 'grid', gap: tokens.spacingVerticalM },
  header: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' }
});

type Message = { intent: 'success' | 'error' | 'warning' | 'info'; text: string } | undefined;

function routineTexts(routine: Routine): string[] {
  const stepTexts = (steps: ReadonlyArray<Omit<RoutineStep, 'tools'>>): string[] => steps.flatMap((step) => [step.what, step.how, step.who, step.deadline]);
  // The Nynorsk texts are read by staff too: the same guard.
  return [routine.title, routine.summary, ...stepTexts(routine.steps), routine.nn?.title ?? '', routine.nn?.summary ?? '', ...stepTexts(routine.nn?.steps ?? [])];
}

/** The texts an edit adds or changes; text already in the saved routine was checked when it was written. */
function newTexts(saved: Routine, edited: Routine): string[] {
  const before = new Set(routineTexts(saved));
  return routineTexts(edited).filter((text) => text !== '' && !before.has(text));
}

/** What a save is for: the form's own changes, or a status change that also saves them. */
type SaveKind = 'save' | 'publish' | 'unpublish';

/**
 * Editing one routine: title, summary and the ordered steps, checked by the list mapping's own rules, with a
 * preview of what staff will see. Saves carry the ETag of the loaded version, so a concurrent change is shown
 * as a conflict instead of being overwritten; publish and unpublish set RoutineStatus, which is what decides
 * whether staff see the routine at all.
 */
export function RoutineEditorView(props: { routineKey: string }): React.ReactElement {
  const { locale } = useApp();
  const s = useAdminStrings();
  const styles = useStyles();
  const shared = useAdminStyles();
  const workspace = useAdminWorkspace();
  const loaded = workspace.records.find((r) => r.routine.key === props.routineKey);
  const [base, setBase] = React.useState<RoutineRecord | undefined>(loaded);
  // Every employee reads routines: a child's name or birth number must never end up in one.
  const gate = usePersonalDataGate();
  const [pendingKind, setPendingKind] = React.useState<SaveKind | undefined>();
  const [draft, setDraft] = React.useState<Routine | undefined>(loaded?.routine);
  const [conflict, setConflict] = React.useState<{ theirs: RoutineRecord; kind: SaveKind } | undefined>();
  const [busy, setBusy] = React.useState(false);
  const [message, setMessage] = React.useState<Message>();
  const [attempted, setAttempted] = React.useState(false);
  const [historyUrl, setHistoryUrl] = React.useState<string | undefined>();
  const readiness = useReadinessStrings();
  const nnStrings = useNynorskEditorStrings();
  /** Publishing refused by the readiness check: how many emergency numbers are still placeholders. */
  const [refused, setRefused] = React.useState<number | undefined>();
  /** Unpublishing asks first (and urgent and level routines ask twice); undo is offered once it is done. */
  const [confirming, setConfirming] = React.useState<'first' | 'second' | undefined>();
  const [undoable, setUndoable] = React.useState(false);
  const id = base?.routine.id;

  React.useEffect(() => {
    if (id === undefined) return undefined;
    let current = true;
    workspace.services.routines.versionHistoryUrl(id).then(
      (url) => current && setHistoryUrl(url),
      () => current && setHistoryUrl(undefined)
    );
    return () => {
      current = false;
    };
  }, [id, workspace.services.routines]);

  if (!base || !draft) {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>
          {s.notFound} <Link href={formatRoute({ view: 'admin', section: 'routines' })}>{s.backToList}</Link>
        </MessageBarBody>
      </MessageBar>
    );
  }

  const issues = validateRoutineDraft(draft);
  const problemsOf = (column: string): string | undefined => {
    const found = issues.filter((i) => i.field === column && !/^step \d+ /.test(i.message)).map((i) => localizeIssue(i.message, s));
    return found.length > 0 ? found.join(' ') : undefined;
  };
  const perStep = stepProblems(draft.steps);
  // A step without Nynorsk text is shown in Bokmål: a note on the step, never a refusal (a Bokmål-only editor
  // can add a step to a translated routine).
  const perNynorskStep = nynorskStepProblems(draft.nn, draft.steps.length).map((p) => (p ? nnStrings.stepWhatMissing : undefined));
  const invalid = issues.length > 0 || perStep.some((p) => p !== undefined);
  const changed = changedRoutineFields(base.routine, draft);
  const showProblems = attempted || changed.length > 0;

  const afterSave = (outcome: SaveOutcome, kind: SaveKind, successText: string): void => {
    if (outcome.kind === 'saved') {
      workspace.replaceRecord(outcome.record);
      setBase(outcome.record);
      setDraft(outcome.record.routine);
      setConflict(undefined);
      setMessage({ intent: 'success', text: successText });
    } else if (outcome.kind === 'conflict') {
      setConflict({ theirs: outcome.theirs, kind });
      setMessage(undefined);
    } else {
      setMessage({ intent: 'error', text: s.failures[outcome.reason] });
    }
  };

  const successText = (kind: SaveKind): string => (kind === 'publish' ? s.publishedNow : kind === 'unpublish' ? s.unpublishedNow : s.saved);

  const save = async (kind: SaveKind, options: { undo?: boolean } = {}): Promise<void> => {
    setAttempted(true);
    setRefused(undefined);
    const status: RoutineStatus = kind === 'publish' ? 'published' : kind === 'unpublish' ? 'draft' : draft.status;
    const next = { ...draft, status };
    // An urgent routine tells staff to ring now: not while its numbers ring no one. Undo restores what was there.
    const blockers = kind === 'publish' && !options.undo ? routinePublishBlockers(workspace.model, next) : [];
    if (blockers.length > 0) {
      setRefused(blockers.length);
      setMessage(undefined);
      return;
    }
    setUndoable(false);
    const fields = changedRoutineFields(base.routine, next);
    if (fields.length === 0) {
      setMessage({ intent: 'info', text: s.noChanges });
      return;
    }
    if (invalid) {
      // A step's problem is reported both by the list's rules and per step; the form shows it once, at the step.
      const shown = issues.filter((i) => !/^step \d+ /.test(i.message)).length + perStep.filter((p) => p !== undefined).length;
      setMessage({ intent: 'error', text: s.fixProblems(shown) });
      return;
    }
    if (!gate.check(newTexts(base.routine, next))) {
      setPendingKind(kind);
      return;
    }
    setPendingKind(undefined);
    setBusy(true);
    setDraft(next);
    try {
      const outcome = await workspace.services.routines.save(base, next, fields, workspace.model);
      afterSave(outcome, kind, options.undo ? readiness.undone : successText(kind));
      if (outcome.kind === 'saved' && kind === 'unpublish') setUndoable(true);
    } catch {
      setMessage({ intent: 'error', text: s.failures.unavailable });
    } finally {
      setBusy(false);
    }
  };

  /** Keep mine: write the fields I changed over their version, with their ETag; their other changes stay. */
  const keepMine = async (): Promise<void> => {
    if (!conflict) return;
    const fields: EditableRoutineField[] = changedRoutineFields(base.routine, draft);
    const merged: Routine = { ...conflict.theirs.routine };
    for (const field of fields) (merged as unknown as Record<string, unknown>)[field] = draft[field];
    setBusy(true);
    try {
      afterSave(await workspace.services.routines.save(conflict.theirs, merged, fields, workspace.model), conflict.kind, s.keptMine);
    } catch {
      setMessage({ intent: 'error', text: s.failures.unavailable });
    } finally {
      setBusy(false);
    }
  };

  const takeTheirs = (): void => {
    if (!conflict) return;
    workspace.replaceRecord(conflict.theirs);
    setBase(conflict.theirs);
    setDraft(conflict.theirs.routine);
    setConflict(undefined);
    setMessage({ intent: 'info', text: s.tookTheirs });
  };

  /** Runs a save from a click; the saves report their own failures, so a rejection here is only a safety net. */
  const start = (work: Promise<void>): void => {
    work.catch(() => setMessage({ intent: 'error', text: s.failures.unavailable }));
  };

  const edit = (change: Partial<Routine>): void => {
    setDraft({ ...draft, ...change });
    setMessage(undefined);
  };
  /** A change to the Nynorsk texts, kept in the shape the list stores (empty texts dropped). */
  const editNynorsk = (change: Partial<RoutineNynorsk>, steps: RoutineStep[] = draft.steps): void => {
    const nn = normalizeNynorsk({ ...draft.nn, steps: alignedNynorskSteps(draft.nn, steps.length), ...change });
    setDraft({ ...draft, steps, nn });
    setMessage(undefined);
  };

  return (
    <article className={shared.stack} aria-labelledby="tb-admin-editor-title">
      <Link href={formatRoute({ view: 'admin', section: 'routines' })}>{s.backToList}</Link>
      <div className={styles.header}>
        <Title3 as="h2" id="tb-admin-editor-title">
          {s.editorTitle(base.routine.title)}
        </Title3>
        <Badge appearance="outline" color={base.routine.status === 'published' ? 'success' : 'warning'}>
          {s.status[base.routine.status]}
        </Badge>
      </div>
      <Text as="p" className={shared.muted}>
        {base.modified ? s.lastChanged(formatDateTime(base.modified, locale), base.editor) : ''}{' '}
        {historyUrl && (
          <Link href={historyUrl} target="_blank" rel="noopener noreferrer">
            {s.versionHistory}
          </Link>
        )}
      </Text>
      <div role="status" aria-live="polite">
        {message && (
          <MessageBar intent={message.intent}>
            <MessageBarBody>{message.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {refused !== undefined && (
        <MessageBar intent="error" data-testid="publish-refused">
          <MessageBarBody>
            {readiness.publishRefused(refused)} <Link href={formatRoute({ view: 'admin', section: 'readiness' })}>{readiness.openReadiness}</Link>
          </MessageBarBody>
        </MessageBar>
      )}
      {undoable && (
        <div className={shared.actions}>
          <Button appearance="primary" disabled={busy} onClick={() => start(save('publish', { undo: true }))}>
            {readiness.undo}
          </Button>
        </div>
      )}
      {confirming && (
        <UnpublishConfirmation
          routine={base.routine}
          impact={unpublishImpact(workspace.model, base.routine)}
          stage={confirming}
          busy={busy}
          onCancel={() => setConfirming(undefined)}
          onConfirm={() => {
            if (confirming === 'first' && unpublishImpact(workspace.model, base.routine).needsSecondConfirmation) {
              setConfirming('second');
              return;
            }
            setConfirming(undefined);
            start(save('unpublish'));
          }}
        />
      )}
      {conflict && (
        <ConflictPanel base={base} mine={draft} theirs={conflict.theirs} model={workspace.model} busy={busy} onKeepMine={() => start(keepMine())} onTakeTheirs={takeTheirs} />
      )}
      <div className={styles.layout}>
        <form
          className={styles.form}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            start(save('save'));
          }}
        >
          <Field label={s.fields.title} required validationMessage={showProblems ? problemsOf('Title') : undefined} validationState={showProblems && problemsOf('Title') ? 'error' : 'none'}>
            <Input value={draft.title} onChange={(_e, d) => edit({ title: d.value })} />
          </Field>
          <Field label={s.fields.summary} validationMessage={showProblems ? problemsOf('Summary') : undefined} validationState={showProblems && problemsOf('Summary') ? 'error' : 'none'}>
            <Textarea value={draft.summary} resize="vertical" rows={3} onChange={(_e, d) => edit({ summary: d.value })} />
          </Field>
          <fieldset className={shared.stack}>
            <legend>
              <Title3 as="h3">{nnStrings.sectionTitle}</Title3>
            </legend>
            <Text as="p">{nnStrings.sectionHint}</Text>
            <Field label={nnStrings.title} validationMessage={showProblems ? problemsOf('TitleNn') : undefined} validationState={showProblems && problemsOf('TitleNn') ? 'error' : 'none'}>
              <Input lang="nn" value={draft.nn?.title ?? ''} onChange={(_e, d) => editNynorsk({ title: d.value })} />
            </Field>
            <Field label={nnStrings.summary} validationMessage={showProblems ? problemsOf('SummaryNn') : undefined} validationState={showProblems && problemsOf('SummaryNn') ? 'error' : 'none'}>
              <Textarea lang="nn" value={draft.nn?.summary ?? ''} resize="vertical" rows={3} onChange={(_e, d) => editNynorsk({ summary: d.value })} />
            </Field>
          </fieldset>
          <fieldset className={shared.stack}>
            <legend>
              <Title3 as="h3">{s.stepsTitle}</Title3>
            </legend>
            <Text as="p">{s.stepsHint}</Text>
            {showProblems && problemsOf('Steps') && (
              <Text as="p" role="alert">
                {problemsOf('Steps')}
              </Text>
            )}
            <StepsEditor
              steps={draft.steps}
              tools={workspace.model.tools}
              problems={showProblems ? perStep : []}
              nynorsk={alignedNynorskSteps(draft.nn, draft.steps.length)}
              nynorskNotes={perNynorskStep}
              onChange={(steps, nynorsk) => editNynorsk({ steps: nynorsk }, steps)}
            />
          </fieldset>
          <Text as="p" className={shared.muted}>
            {s.editInListNote}
          </Text>
          {changed.length > 0 && <Text as="p">{s.unsavedChanges}</Text>}
          {gate.findings && pendingKind && (
            <PersonalDataWarning
              findings={gate.findings}
              onEdit={() => {
                gate.reset();
                setPendingKind(undefined);
              }}
              onConfirm={() => {
                gate.confirm(newTexts(base.routine, draft));
                start(save(pendingKind));
              }}
            />
          )}
          <div className={shared.actions}>
            <Button appearance="primary" type="submit" disabled={busy}>
              {busy ? s.saving : s.save}
            </Button>
            {draft.status === 'draft' ? (
              <Button disabled={busy} onClick={() => start(save('publish'))}>
                {s.publish}
              </Button>
            ) : (
              <Button disabled={busy || confirming !== undefined} onClick={() => setConfirming('first')}>
                {s.unpublish}
              </Button>
            )}
            <Button
              appearance="subtle"
              disabled={busy || changed.length === 0}
              onClick={() => {
                setDraft(base.routine);
                setMessage(undefined);
              }}
            >
              {s.discard}
            </Button>
          </div>
        </form>
        <RoutinePreview draft={draft} model={workspace.model} />
      </div>
    </article>
  );
}
