import * as React from 'react';
import type { ImportPlan } from '../../../core/transfer/planImport';
import { useAdminStyles } from '../common/useAdminStyles';
import { useAdminStrings } from '../strings';

/** What an import would do, list by list, before the admin says go. */
export function ImportPlanTable(props: { plan: ImportPlan }): React.ReactElement {
  const s = useAdminStrings();
  const styles = useAdminStyles();
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table} data-testid="import-plan">
        <caption>{s.planCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{s.planColumns.list}</th>
            <th scope="col">{s.planColumns.create}</th>
            <th scope="col">{s.planColumns.update}</th>
            <th scope="col">{s.planColumns.unchanged}</th>
            <th scope="col">{s.planColumns.onlyOnSite}</th>
          </tr>
        </thead>
        <tbody>
          {props.plan.summary.map((row) => (
            <tr key={row.list} data-list={row.list}>
              <th scope="row">{row.title}</th>
              <td>{row.create}</td>
              <td>{row.update}</td>
              <td>{row.unchanged}</td>
              <td>{row.onlyOnSite.length > 0 ? `${row.onlyOnSite.length}: ${row.onlyOnSite.join(', ')}` : 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
