import type { EventInput } from '@fullcalendar/react';
import type { CalendarEntry } from './calendar.api';
import { RESCHEDULABLE, statusColor } from './calendar-status';

/** A calendar entry as a FullCalendar event: one per variant, coloured by status, draggable while reschedulable. */
export function toEvent(e: CalendarEntry, canPublish: boolean): EventInput {
  return {
    id: e.variantId,
    title: e.title,
    start: e.scheduledAt,
    allDay: false,
    color: statusColor(e.status),
    editable: canPublish && RESCHEDULABLE.has(e.status),
    durationEditable: false,
    extendedProps: { entry: e },
  };
}

/** The inclusive local-date range a view shows (FullCalendar's end is exclusive). */
export function rangeOf(startStr: string, endStr: string): { from: string; to: string } {
  const from = startStr.slice(0, 10);
  const end = new Date(`${endStr.slice(0, 10)}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() - 1);
  return { from, to: end.toISOString().slice(0, 10) };
}
