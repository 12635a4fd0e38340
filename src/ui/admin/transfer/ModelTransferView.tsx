import * as React from 'react';
import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Spinner, Text, Title3 } from '@fluentui/react-components';
import { isoToday } from '../../../core/model/reviewStatus';
import type { ImportProblem } from '../../../core/transfer/ImportProblem';
import { MAX_IMPORT_BYTES } from '../../../core/transfer/importLimits';
import { importChangesNothing, type ImportPlan } from '../../../core/transfer/planImport';
import { validateModelImport } from '../../../core/transfer/validateModelImport';
import type { ImportOutcome, ImportProgress } from '../../../data/ports/admin/ModelTransfer';
import { useApp } from '../../app/AppContext';
import { useAdminStyles } from '../common/useAdminStyles';
import { useAdminWorkspace } from '../workspace/AdminWorkspace';
import { downloadJson } from './downloadJson';
import { ImportPlanTable } from './ImportPlanTable';
import { ImportProblemsTable } from './ImportProblemsTable';
import { rollbackStrings } from './transferStrings';
import { listSchema } from '../../../core/schema/lists';
import { importPublishBlockers } from '../../../core/readiness/importBlockers';
import type { ReadinessProblem } from '../../../core/readiness/readiness';
import { ImportPublishRefusal } from '../readiness/ImportPublishRefusal';
import { useAdminStrings } from '../strings';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'problems'; problems: ImportProblem[] }
  /** The file would publish the model while emergency numbers are placeholders (issue #13). */
  | { kind: 'publishRefused'; problems: ReadinessProblem[] }
  | { kind: 'ready'; plan: ImportPlan }
  | { kind: 'applying'; progress: ImportProgress }
  | { kind: 'done'; outcome: ImportOutcome }
  | { kind: 'failed' };

/** A list as admins see it in SharePoint. */
function listTitle(list: Parameters<typeof listSchema>[0]): string {
  return listSchema(list).title;
}

type ExportState = { kind: 'idle' } | { kind: 'exporting' } | { kind: 'done'; file: string; skipped: number } | { kind: 'failed' };

/**
 * Export and import of the whole model as the documented JSON format. An import is checked completely in the
 * browser first (size, JSON, hostile keys, structure, every item through the list mappings); only a file
 * without a single problem is compared with the site and, once the admin confirms, written all or nothing.
 */
export function ModelTransferView(): React.ReactElement {
  const { locale } = useApp();
  const s = useAdminStrings();
  const r = rollbackStrings(locale);
  const styles = useAdminStyles();
  const workspace = useAdminWorkspace();
  const [exportState, setExportState] = React.useState<ExportState>({ kind: 'idle' });
  const [importState, setImportState] = React.useState<ImportState>({ kind: 'idle' });
  const fileInput = React.useRef<HTMLInputElement>(null);

  const exportModel = async (): Promise<void> => {
    setExportState({ kind: 'exporting' });
    try {
      const { document, skipped } = await workspace.services.transfer.exportModel();
      const file = `trygge-barn-modell-${isoToday()}.json`;
      downloadJson(document, file);
      setExportState({ kind: 'done', file, skipped: skipped.filter((i) => i.severity === 'error').length });
    } catch {
      setExportState({ kind: 'failed' });
    }
  };

  const chooseFile = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    setImportState({ kind: 'checking' });
    try {
      // A file over the limit is refused by its size alone: it is never read into memory.
      const text = file.size > MAX_IMPORT_BYTES ? '' : await file.text();
      const validation = validateModelImport(text, file.size);
      if (!validation.document) {
        setImportState({ kind: 'problems', problems: validation.problems });
        return;
      }
      // Publishing the model while emergency numbers are placeholders is refused; a restore of what the site holds is not.
      const blockers = importPublishBlockers(validation.document, workspace.model);
      if (blockers.length > 0) {
        setImportState({ kind: 'publishRefused', problems: blockers });
        return;
      }
      setImportState({ kind: 'ready', plan: await workspace.services.transfer.prepareImport(validation.document) });
    } catch {
      setImportState({ kind: 'failed' });
    }
  };

  const applyImport = async (plan: ImportPlan): Promise<void> => {
    setImportState({ kind: 'applying', progress: { phase: 'writing', done: 0, total: plan.writes.length } });
    try {
      const outcome = await workspace.services.transfer.applyImport(plan, (progress) => setImportState({ kind: 'applying', progress }));
      setImportState({ kind: 'done', outcome });
      if (outcome.kind === 'applied') workspace.reload();
    } catch {
      setImportState({ kind: 'failed' });
    }
  };

  const reset = (): void => {
    setImportState({ kind: 'idle' });
    if (fileInput.current) fileInput.current.value = '';
  };

  return (
    <div className={styles.stack}>
      <Title3 as="h2">{s.transferTitle}</Title3>
      <section className={styles.section} aria-labelledby="tb-admin-export">
        <Title3 as="h3" id="tb-admin-export">
          {s.exportTitle}
        </Title3>
        <Text as="p">{s.exportIntro}</Text>
        <div className={styles.actions}>
          <Button appearance="primary" disabled={exportState.kind === 'exporting'} onClick={() => exportModel().catch(() => setExportState({ kind: 'failed' }))}>
            {s.exportButton}
          </Button>
        </div>
        <div role="status" aria-live="polite">
          {exportState.kind === 'exporting' && <Spinner size="tiny" label={s.exporting} />}
          {exportState.kind === 'done' && (
            <MessageBar intent={exportState.skipped > 0 ? 'warning' : 'success'}>
              <MessageBarBody>
                {s.exported(exportState.file)} {exportState.skipped > 0 ? s.exportSkipped(exportState.skipped) : ''}
              </MessageBarBody>
            </MessageBar>
          )}
          {exportState.kind === 'failed' && (
            <MessageBar intent="error">
              <MessageBarBody>{s.failures.unavailable}</MessageBarBody>
            </MessageBar>
          )}
        </div>
      </section>

      <section className={styles.section} aria-labelledby="tb-admin-import">
        <Title3 as="h3" id="tb-admin-import">
          {s.importTitle}
        </Title3>
        <Text as="p">{s.importIntro}</Text>
        <div className={styles.fileField}>
          <label htmlFor="tb-admin-import-file">{s.chooseFile}</label>
          <input
            id="tb-admin-import-file"
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            disabled={importState.kind === 'checking' || importState.kind === 'applying'}
            onChange={(e) => {
              chooseFile(e.target.files?.[0]).catch(() => setImportState({ kind: 'failed' }));
            }}
          />
        </div>
        <div role="status" aria-live="polite">
          {importState.kind === 'checking' && <Spinner size="tiny" label={s.checkingFile} />}
          {importState.kind === 'applying' && (
            <Field
              label={
                importState.progress.phase === 'writing'
                  ? s.importing(importState.progress.done, importState.progress.total)
                  : importState.progress.phase === 'verifying'
                    ? r.verifying
                    : s.rollingBack(importState.progress.done, importState.progress.total)
              }
            >
              <ProgressBar value={importState.progress.total === 0 ? 1 : importState.progress.done / importState.progress.total} />
            </Field>
          )}
          {importState.kind === 'done' && importState.outcome.kind === 'applied' && (
            <MessageBar intent="success">
              <MessageBarBody>{s.imported(importState.outcome.written)}</MessageBarBody>
            </MessageBar>
          )}
          {importState.kind === 'done' && importState.outcome.kind === 'rolledBack' && (
            <MessageBar intent={importState.outcome.verified ? 'warning' : 'error'} layout="multiline">
              <MessageBarBody>
                <p data-testid="import-stopped">
                  {r.stopped(listTitle(importState.outcome.failedAt.list), importState.outcome.failedAt.ref, s.failures[importState.outcome.failedAt.reason])}
                </p>
                {importState.outcome.verified ? (
                  <p data-testid="import-verified">{r.verified(importState.outcome.restored.length)}</p>
                ) : (
                  <>
                    <p>{r.notVerified}</p>
                    <ul data-testid="import-not-restored">
                      {importState.outcome.notRestored.map((item) => (
                        <li key={`${item.list}/${item.ref}`}>
                          {listTitle(item.list)}, {item.ref}: {r.problems[item.problem]}
                          {item.fields && item.fields.length > 0 ? ` (${r.fields(item.fields.join(', '))})` : ''}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                {importState.outcome.restored.length > 0 && (
                  <>
                    <p>{r.restoredCaption}</p>
                    <ul data-testid="import-restored">
                      {importState.outcome.restored.map((item) => (
                        <li key={`${item.list}/${item.ref}`}>
                          {listTitle(item.list)}, {item.ref}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </MessageBarBody>
            </MessageBar>
          )}
          {importState.kind === 'failed' && (
            <MessageBar intent="error">
              <MessageBarBody>{s.failures.unavailable}</MessageBarBody>
            </MessageBar>
          )}
        </div>
        {importState.kind === 'problems' && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{s.problemsTitle(importState.problems.length)}</MessageBarTitle>
              {s.problemsIntro}
            </MessageBarBody>
          </MessageBar>
        )}
        {importState.kind === 'problems' && <ImportProblemsTable problems={importState.problems} />}
        {importState.kind === 'publishRefused' && <ImportPublishRefusal problems={importState.problems} />}
        {importState.kind === 'ready' && (
          <section className={styles.section} aria-labelledby="tb-admin-import-plan">
            <Title3 as="h4" id="tb-admin-import-plan">
              {s.planTitle}
            </Title3>
            <Text as="p">{importChangesNothing(importState.plan) ? s.nothingToImport : s.planIntro}</Text>
            <ImportPlanTable plan={importState.plan} />
            {importState.plan.summary.some((row) => row.onlyOnSite.length > 0) && <Text as="p">{s.onlyOnSiteNote}</Text>}
            <div className={styles.actions}>
              {!importChangesNothing(importState.plan) && (
                <Button appearance="primary" onClick={() => applyImport(importState.plan).catch(() => setImportState({ kind: 'failed' }))}>
                  {s.importButton}
                </Button>
              )}
              <Button onClick={reset}>{s.cancel}</Button>
            </div>
          </section>
        )}
      </section>
    </div>
  );
}
