import * as React from 'react';
import type { ImportProblem } from '../../../core/transfer/ImportProblem';
import { useApp } from '../../app/AppContext';
import { useAdminStyles } from '../common/useAdminStyles';
import { localizeImportMessage, localizeWhere } from './localizeImportProblem';
import { useAdminStrings } from '../strings';

/** Every problem of a refused file, by part, row (with key) and field, so the admin can fix them all at once. */
export function ImportProblemsTable(props: { problems: readonly ImportProblem[] }): React.ReactElement {
  const { strings, locale } = useApp();
  const s = useAdminStrings();
  const styles = useAdminStyles();
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table} data-testid="import-problems">
        <caption>{s.problemsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{s.problemColumns.where}</th>
            <th scope="col">{s.problemColumns.row}</th>
            <th scope="col">{s.problemColumns.field}</th>
            <th scope="col">{s.problemColumns.message}</th>
          </tr>
        </thead>
        <tbody>
          {props.problems.map((p, i) => (
            <tr key={i}>
              <td>{localizeWhere(p.where, locale)}</td>
              <td>{p.row !== undefined ? `${p.row}${p.key ? ` (${p.key})` : ''}` : (p.key ?? '')}</td>
              <td>{p.field}</td>
              <td>{localizeImportMessage(p, locale, strings.privacy)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
