import * as React from 'react';
import { Spinner } from '@fluentui/react-components';

/**
 * The live region for "finding times → booking": screen readers hear each step as it happens. The region is always
 * in the page (empty when idle), because a live region added together with its text is often not announced.
 */
export function ProgressStatus(props: { text: string | undefined }): React.ReactElement {
  return (
    <div role="status" aria-live="polite" aria-atomic="true">
      {props.text && <Spinner size="small" labelPosition="after" label={props.text} />}
    </div>
  );
}
