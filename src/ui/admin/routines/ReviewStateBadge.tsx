import * as React from 'react';
import { Badge } from '@fluentui/react-components';
import type { ReviewState } from '../../../core/model/reviewStatus';
import { useAdminStrings } from '../strings';

const COLOR: Record<ReviewState, 'danger' | 'warning' | 'informative' | 'success'> = {
  overdue: 'danger',
  dueSoon: 'warning',
  unknown: 'informative',
  current: 'success'
};

/** A routine's review state in words (never by colour alone). */
export function ReviewStateBadge(props: { state: ReviewState }): React.ReactElement {
  const s = useAdminStrings();
  return (
    <Badge appearance="tint" color={COLOR[props.state]}>
      {s.reviewState[props.state]}
    </Badge>
  );
}
