import * as React from 'react';
import { Button } from '@fluentui/react-components';
import type { Arena } from '../../core/model/Arena';
import { useApp } from '../app/AppContext';
import { formatRoute } from '../app/routes';

/**
 * "Book a meeting" for an arena. It is a link (to #/book/<arena>), so it opens the booking view like any other page,
 * and anyone may follow it: the view itself says it is meant for team leads and stafettholdere. Graph decides
 * whether the user may create events; the product does not pretend to.
 */
export function BookMeetingLink(props: { arena: Arena; withArenaName?: boolean; appearance?: 'primary' | 'secondary' }): React.ReactElement {
  const { strings } = useApp();
  const label = props.withArenaName ? strings.meetings.bookArenaButton(props.arena.title) : strings.meetings.bookButton;
  return (
    <Button as="a" href={formatRoute({ view: 'book', arena: props.arena.key })} appearance={props.appearance ?? 'primary'}>
      {label}
    </Button>
  );
}
