import * as React from 'react';
import { screen } from '@testing-library/react';
import type { CalendarService } from '../../../src/data/ports/CalendarService';
import { LazyBookMeetingView } from '../../../src/ui/meetings/LazyBookMeetingView';
import { fakeServices, renderWithApp } from '../../support/renderWithApp';

function calendar(): jest.Mocked<CalendarService> {
  return { searchPeople: jest.fn(), getAvailability: jest.fn(), createMeeting: jest.fn(), findMeeting: jest.fn() } as unknown as jest.Mocked<CalendarService>;
}

describe('LazyBookMeetingView', () => {
  it.each([
    ['nb', 'Book møte: Tverrfaglig team'],
    ['nn', 'Set opp møte: Tverrfaglig team']
  ] as const)('says it is opening, then shows the booking of the route\'s arena (%s)', async (locale, title) => {
    const service = calendar();
    renderWithApp(<LazyBookMeetingView arenaKey="team" />, { services: { ...fakeServices(false), calendar: service }, locale });
    if (locale === 'nb') expect(screen.getByText('Åpner bookingen …')).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeTruthy();
    // Opening the view asks nothing of the calendar: it waits for the organizer.
    expect(service.getAvailability).not.toHaveBeenCalled();
    expect(service.searchPeople).not.toHaveBeenCalled();
  });
});
