import * as React from 'react';
import type { CalendarService } from '../../data/ports/CalendarService';

/**
 * The Graph calendar service for the booking views. A context of its own (rather than a field of the app context)
 * keeps the rest of the app free of Graph, and lets UI tests hand the booking view a fake.
 */
export const CalendarServiceContext = React.createContext<CalendarService | undefined>(undefined);

export function useCalendarService(): CalendarService {
  const service = React.useContext(CalendarServiceContext);
  if (!service) throw new Error('useCalendarService must be used inside <CalendarServiceContext.Provider>');
  return service;
}
