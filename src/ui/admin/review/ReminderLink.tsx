import * as React from 'react';
import { Link, Text } from '@fluentui/react-components';
import { mailtoLink } from '../../../core/review/mailtoLink';
import { ownerAddress } from '../../../core/review/ownerAddress';
import type { ReviewGroup } from '../../../core/review/reviewOverview';
import { useApp } from '../../app/AppContext';
import { sharePointDeepLink } from '../../app/routes';
import { useAdminStrings } from '../strings';

/**
 * A reminder to a routine owner as a `mailto:` link: it opens in the admin's own mail program with the
 * routines and their links filled in, to read and send. The app needs no Mail.Send permission for this (see
 * docs/admin.md for why, and for the Power Automate alternative that sends reminders on a schedule).
 */
export function ReminderLink(props: { group: ReviewGroup }): React.ReactElement {
  const { host, model } = useApp();
  const s = useAdminStrings();
  const { group } = props;
  const lines = group.entries
    .map(({ routine, state }) => s.reminderLine(routine.title, s.reviewState[state], sharePointDeepLink(host.pageUrl, { view: 'routine', key: routine.key })))
    .join('\n');
  const to = ownerAddress(group.label, model.contacts);
  const href = mailtoLink({
    to,
    subject: s.reminderSubject(model.settings.municipality),
    body: s.reminderBody(group.label, lines, model.settings.reviewIntervalMonths)
  });
  return (
    <>
      <Link href={href} aria-label={s.remindLabel(group.label)} data-recipient={to ?? ''}>
        {s.remind}
      </Link>
      {!to && (
        <Text as="p" block size={200} data-testid="reminder-no-address">
          {s.reminderNoAddress(group.label)}
        </Text>
      )}
    </>
  );
}
