import * as React from 'react';
import { MessageBar, MessageBarBody, Text, Title3 } from '@fluentui/react-components';
import { checkReadiness, type ReadinessProblem } from '../../../core/readiness/readiness';
import { useAdminStyles } from '../common/useAdminStyles';
import { useAdminWorkspace } from '../workspace/AdminWorkspace';
import { useReadinessStrings } from './readinessStrings';

/** One table of problems: what, in which list, and what is wrong. */
export function ProblemTable(props: { id: string; caption: string; problems: ReadinessProblem[] }): React.ReactElement {
  const s = useReadinessStrings();
  const styles = useAdminStyles();
  return (
    <div className={styles.tableWrap} role="region" aria-labelledby={props.id} tabIndex={0}>
      <table className={styles.table}>
        <caption id={props.id}>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{s.columns.what}</th>
            <th scope="col">{s.columns.list}</th>
            <th scope="col">{s.columns.problem}</th>
          </tr>
        </thead>
        <tbody>
          {props.problems.map((p) => (
            <tr key={`${p.list}:${p.key}:${p.kind}`} data-readiness={p.key}>
              <th scope="row">{p.title}</th>
              <td>{s.lists[p.list]}</td>
              <td>{s.kinds[p.kind]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Is the model ready for a worried person to act on? Every placeholder number and missing contact, the emergency
 * ones first: while any of those is left, urgent routines cannot be published (src/core/readiness).
 */
export function ReadinessView(): React.ReactElement {
  const s = useReadinessStrings();
  const styles = useAdminStyles();
  const { model } = useAdminWorkspace();
  const problems = checkReadiness(model);
  const blockers = problems.filter((p) => p.severity === 'blocker');
  const warnings = problems.filter((p) => p.severity === 'warning');
  return (
    <section className={styles.section} aria-labelledby="tb-admin-readiness">
      <Title3 as="h2" id="tb-admin-readiness">
        {s.title}
      </Title3>
      <Text as="p">{s.intro}</Text>
      {problems.length === 0 && (
        <MessageBar intent="success">
          <MessageBarBody>{s.allReady}</MessageBarBody>
        </MessageBar>
      )}
      {blockers.length > 0 && (
        <>
          <MessageBar intent="error">
            <MessageBarBody>
              {s.blockersTitle(blockers.length)}. {s.blockersIntro}
            </MessageBarBody>
          </MessageBar>
          <ProblemTable id="tb-readiness-blockers" caption={s.blockersTitle(blockers.length)} problems={blockers} />
        </>
      )}
      {warnings.length > 0 && <ProblemTable id="tb-readiness-warnings" caption={s.warningsTitle(warnings.length)} problems={warnings} />}
    </section>
  );
}
