import * as React from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { ReadinessProblem } from '../../../core/readiness/readiness';
import { ProblemTable } from './ReadinessView';
import { useReadinessStrings } from './readinessStrings';

/** An import refused because it would publish the model while emergency numbers are placeholders: why, and which. */
export function ImportPublishRefusal(props: { problems: ReadinessProblem[] }): React.ReactElement {
  const s = useReadinessStrings();
  return (
    <div data-testid="import-publish-refused">
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{s.importRefused(props.problems.length)}</MessageBarBody>
      </MessageBar>
      <ProblemTable id="tb-import-blockers" caption={s.blockersTitle(props.problems.length)} problems={props.problems} />
    </div>
  );
}
