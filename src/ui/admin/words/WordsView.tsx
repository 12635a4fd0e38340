import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner, Text, Title3 } from '@fluentui/react-components';
import { formatGuideSign, formatSynonymGroup, nextSettingName, parseGuideSign, parseSynonymGroup, type GuideSign, type SynonymGroup } from '../../../core/editing/settingLines';
import { LIST_SETTINGS, listSettingOf } from '../../../core/mapping/settingsMapping';
import type { SettingRecord, SettingWriteOutcome } from '../../../data/ports/admin/SettingsEditor';
import { useApp } from '../../app/AppContext';
import { PersonalDataWarning } from '../../common/PersonalDataWarning';
import { usePersonalDataGate } from '../../evaluation/usePersonalDataGate';
import { useAdminStyles } from '../common/useAdminStyles';
import { useAdminStrings } from '../strings';
import { useAdminWorkspace } from '../workspace/AdminWorkspace';
import { SignForm } from './SignForm';
import { SynonymForm } from './SynonymForm';
import { useWordsStrings } from './wordsStrings';

type Kind = keyof typeof LIST_SETTINGS;
type Message = { intent: 'success' | 'error' | 'warning'; text: string } | undefined;
/** A write waiting for the privacy warning to be answered. */
interface Pending {
  kind: Kind;
  record?: SettingRecord;
  value: string;
  texts: string[];
}

const numberOf = (name: string): number => Number(/(\d+)\s*$/.exec(name)?.[1] ?? 0);

/**
 * The municipality's own search words (settings rows `searchSynonym n`) and the guide's signs (`guideSign n`):
 * list, add, change and remove them, checked as search and the guide read them and by the privacy guard. Changes
 * and removals carry the row's ETag, so a concurrent change is shown instead of overwritten; after each save the
 * app reads the model again, so search and the guide use the new words at once.
 */
export function WordsView(): React.ReactElement {
  const { strings } = useApp();
  const admin = useAdminStrings();
  const s = useWordsStrings();
  const shared = useAdminStyles();
  const workspace = useAdminWorkspace();
  const settings = workspace.services.settings;
  const [rows, setRows] = React.useState<SettingRecord[] | undefined>();
  const [failed, setFailed] = React.useState(false);
  const [attempt, setAttempt] = React.useState(0);
  const [editing, setEditing] = React.useState<{ kind: Kind; record?: SettingRecord } | undefined>();
  const [busy, setBusy] = React.useState(false);
  const [message, setMessage] = React.useState<Message>();
  const [conflict, setConflict] = React.useState<{ mine: string; theirs: SettingRecord } | undefined>();
  const gate = usePersonalDataGate();
  const [pending, setPending] = React.useState<Pending | undefined>();

  React.useEffect(() => {
    let current = true;
    setFailed(false);
    settings.load().then(
      (loaded) => current && setRows(loaded),
      () => current && setFailed(true)
    );
    return () => {
      current = false;
    };
  }, [settings, attempt]);

  if (failed) {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{s.loadFailed}</MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => setAttempt(attempt + 1)}>{s.retry}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  if (!rows) return <Spinner label={s.loading} />;

  const rowsOf = (kind: Kind): SettingRecord[] => rows.filter((r) => listSettingOf(r.name) === LIST_SETTINGS[kind]).sort((a, b) => numberOf(a.name) - numberOf(b.name));

  const applied = (outcome: SettingWriteOutcome, record: SettingRecord | undefined, mine: string, successText: string): void => {
    if (outcome.kind === 'saved') {
      setRows((all) => (record ? (all ?? []).map((r) => (r.id === record.id ? outcome.record : r)) : [...(all ?? []), outcome.record]));
      setEditing(undefined);
      setConflict(undefined);
      setMessage({ intent: 'success', text: successText });
      workspace.reload();
    } else if (outcome.kind === 'removed') {
      setRows((all) => (all ?? []).filter((r) => r.id !== record?.id));
      setMessage({ intent: 'success', text: s.removed });
      workspace.reload();
    } else if (outcome.kind === 'conflict') {
      if (outcome.theirs) {
        setConflict({ mine, theirs: outcome.theirs });
        setMessage(undefined);
      } else {
        setRows((all) => (all ?? []).filter((r) => r.id !== record?.id));
        setEditing(undefined);
        setMessage({ intent: 'warning', text: s.conflictRemoved });
      }
    } else {
      setMessage({ intent: 'error', text: admin.failures[outcome.reason] });
    }
  };

  const run = async (work: () => Promise<SettingWriteOutcome>, record: SettingRecord | undefined, mine: string, successText: string): Promise<void> => {
    setBusy(true);
    try {
      applied(await work(), record, mine, successText);
    } catch {
      setMessage({ intent: 'error', text: admin.failures.unavailable });
    } finally {
      setBusy(false);
    }
  };

  const write = (p: Pending, confirmed = false): void => {
    // Every employee reads these words: a child's name or birth number must never end up in them.
    if (!confirmed && !gate.check(p.texts)) {
      setPending(p);
      return;
    }
    setPending(undefined);
    const work = p.record ? () => settings.update(p.record as SettingRecord, p.value) : () => settings.add(nextSettingName(p.kind, rows.map((r) => r.name)), p.value);
    run(work, p.record, p.value, p.record ? s.saved : s.added).catch(() => undefined);
  };

  const saveSynonym = (group: SynonymGroup): void =>
    write({ kind: 'searchSynonym', record: editing?.record, value: formatSynonymGroup(group), texts: [...group.words, ...group.alsoSearch] });
  const saveSign = (sign: GuideSign): void => write({ kind: 'guideSign', record: editing?.record, value: formatGuideSign(sign), texts: [sign.text] });
  const remove = (record: SettingRecord): void => {
    run(() => settings.remove(record), record, '', s.removed).catch(() => undefined);
  };

  const rowActions = (kind: Kind, record: SettingRecord, label: string): React.ReactElement => (
    <div className={shared.actions}>
      <Button
        size="small"
        aria-label={s.edit(label)}
        disabled={busy}
        onClick={() => {
          setEditing({ kind, record });
          setConflict(undefined);
          setMessage(undefined);
        }}
      >
        {s.editButton}
      </Button>
      <Button size="small" aria-label={s.remove(label)} disabled={busy} onClick={() => remove(record)}>
        {s.removeButton}
      </Button>
    </div>
  );

  const synonyms = rowsOf('searchSynonym');
  const signs = rowsOf('guideSign');
  const formFor = (kind: Kind): React.ReactElement | undefined => {
    if (editing?.kind !== kind) return undefined;
    const value = editing.record?.value;
    return kind === 'searchSynonym' ? (
      <SynonymForm key={editing.record?.id ?? 'new'} initial={value !== undefined ? parseSynonymGroup(value) : undefined} busy={busy} onSave={saveSynonym} onCancel={() => setEditing(undefined)} />
    ) : (
      <SignForm key={editing.record?.id ?? 'new'} initial={value !== undefined ? parseGuideSign(value) : undefined} busy={busy} onSave={saveSign} onCancel={() => setEditing(undefined)} />
    );
  };

  return (
    <section className={shared.section} aria-labelledby="tb-admin-words">
      <Title3 as="h2" id="tb-admin-words">
        {s.title}
      </Title3>
      <Text as="p">{s.intro}</Text>
      <div role="status" aria-live="polite">
        {message && (
          <MessageBar intent={message.intent}>
            <MessageBarBody>{message.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {conflict && (
        <MessageBar intent="warning" data-testid="words-conflict">
          <MessageBarBody>{s.conflictChanged(conflict.theirs.value)}</MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" disabled={busy} onClick={() => run(() => settings.update(conflict.theirs, conflict.mine), conflict.theirs, conflict.mine, s.saved)}>
              {s.keepMine}
            </Button>
            <Button
              disabled={busy}
              onClick={() => {
                setRows((all) => (all ?? []).map((r) => (r.id === conflict.theirs.id ? conflict.theirs : r)));
                setConflict(undefined);
                setEditing(undefined);
              }}
            >
              {s.takeTheirs}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {gate.findings && pending && (
        <PersonalDataWarning
          findings={gate.findings}
          onEdit={() => {
            gate.reset();
            setPending(undefined);
          }}
          onConfirm={() => {
            gate.confirm(pending.texts);
            write(pending, true);
          }}
        />
      )}

      <section className={shared.section} aria-labelledby="tb-words-synonyms">
        <Title3 as="h3" id="tb-words-synonyms">
          {s.synonyms.title}
        </Title3>
        <Text as="p">{s.synonyms.intro}</Text>
        {synonyms.length === 0 ? (
          <Text as="p">{s.synonyms.none}</Text>
        ) : (
          <div className={shared.tableWrap}>
            <table className={shared.table} data-testid="synonym-table">
              <caption>{s.synonyms.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{s.synonyms.words}</th>
                  <th scope="col">{s.synonyms.alsoSearch}</th>
                  <th scope="col">{s.actions}</th>
                </tr>
              </thead>
              <tbody>
                {synonyms.map((record) => {
                  const group = parseSynonymGroup(record.value);
                  const words = group.words.join(', ');
                  return (
                    <tr key={record.id} data-setting={record.name}>
                      <th scope="row">{words}</th>
                      <td>{group.alsoSearch.length > 0 ? group.alsoSearch.join(', ') : s.synonyms.eachOther}</td>
                      <td>{rowActions('searchSynonym', record, words)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        {formFor('searchSynonym') ?? (
          <div className={shared.actions}>
            <Button disabled={busy} onClick={() => setEditing({ kind: 'searchSynonym' })}>
              {s.synonyms.add}
            </Button>
          </div>
        )}
      </section>

      <section className={shared.section} aria-labelledby="tb-words-signs">
        <Title3 as="h3" id="tb-words-signs">
          {s.signs.title}
        </Title3>
        <Text as="p">{s.signs.intro}</Text>
        {signs.length === 0 ? (
          <Text as="p">{s.signs.none}</Text>
        ) : (
          <div className={shared.tableWrap}>
            <table className={shared.table} data-testid="sign-table">
              <caption>{s.signs.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{s.signs.text}</th>
                  <th scope="col">{s.signs.question}</th>
                  <th scope="col">{s.actions}</th>
                </tr>
              </thead>
              <tbody>
                {signs.map((record) => {
                  const sign = parseGuideSign(record.value);
                  return (
                    <tr key={record.id} data-setting={record.name}>
                      <th scope="row">{sign.text}</th>
                      <td>{strings.guide.questions[sign.question]}</td>
                      <td>{rowActions('guideSign', record, sign.text)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        {formFor('guideSign') ?? (
          <div className={shared.actions}>
            <Button disabled={busy} onClick={() => setEditing({ kind: 'guideSign' })}>
              {s.signs.add}
            </Button>
          </div>
        )}
      </section>
    </section>
  );
}
