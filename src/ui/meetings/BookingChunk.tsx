/**
 * The entry of the lazily loaded "booking" chunk: the booking view with the slot finder, the personal-data
 * check and the form controls only team leads need. Staff never download it.
 */
export { BookMeetingView } from './BookMeetingView';
