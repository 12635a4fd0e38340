import * as React from 'react';
import { Badge } from '@fluentui/react-components';
import type { ReviewState } from '../../../core/model/reviewStatus';
import { useApp } from '../../app/AppContext';

const COLOR: Record<ReviewState, 'danger' | 'warning' | 'informative' | 'success'> = {
  overdue: 'danger',
  dueSoon: 'warning',
  unknown: 'informative',
  current: 'success'
};

/** A routine's review state in words (never by colour alone). */
export function ReviewStateBadge(props: { state: ReviewState }): React.ReactElement {
  const { strings } = useApp();
  return (
    <Badge appearance="tint" color={COLOR[props.state]}>
      {strings.admin.reviewState[props.state]}
    </Badge>
  );
}
