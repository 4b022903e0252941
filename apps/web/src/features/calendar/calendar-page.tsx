import FullCalendar from '@fullcalendar/react';
import type { EventClickInfo, EventDisplayInfo, EventDropInfo } from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/react/daygrid';
import interactionPlugin from '@fullcalendar/react/interaction';
import listPlugin from '@fullcalendar/react/list';
import zhCnLocale from '@fullcalendar/react/locales/zh-cn';
import classicThemePlugin from '@fullcalendar/react/themes/classic';
import timeGridPlugin from '@fullcalendar/react/timegrid';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import '@fullcalendar/react/themes/classic/palette.css';
import { App, Button, Col, Row, Space } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../app/page-header';
import { errorMessage, ErrorState } from '../../lib/states';
import { formatDateTime, zoneLabel } from '../../lib/time';
import { useWorkspace } from '../../lib/workspace-context';
import { CalendarFiltersBar } from './calendar-filters';
import { rangeOf, toEvent } from './calendar-entries';
import { useCalendar, useCalendarMutations, type CalendarEntry, type CalendarFilters, type CalendarRange } from './calendar.api';
import { QueueDrawer } from './queue-drawer';
import { StatusLegend } from './status-legend';
import { UnscheduledList } from './unscheduled-list';

/** Content calendar: month / week / list in the workspace time zone, drag to reschedule, filters, queues. */
export function CalendarPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { workspace, timeZone, can } = useWorkspace();
  const navigate = useNavigate();
  // `?date=YYYY-MM-DD` opens the calendar on that day's month (links from the studio and review pages).
  const [params] = useSearchParams();
  const initialDate = /^\d{4}-\d{2}-\d{2}$/.test(params.get('date') ?? '') ? params.get('date')! : undefined;
  const [range, setRange] = useState<CalendarRange | null>(null);
  const [filters, setFilters] = useState<CalendarFilters>({});
  const [queueOpen, setQueueOpen] = useState(false);
  const calendar = useCalendar(workspace.id, range, filters);
  const { reschedule } = useCalendarMutations(workspace.id);
  const canPublish = can('content.publish');
  const events = useMemo(() => (calendar.data?.entries ?? []).map((e) => toEvent(e, canPublish)), [calendar.data, canPublish]);

  const onDrop = (info: EventDropInfo) => {
    const entry = info.event.extendedProps.entry as CalendarEntry;
    const start = info.event.start;
    if (!start) return info.revert();
    reschedule.mutate(
      { contentId: entry.contentId, variantId: entry.variantId, scheduledAt: start.toISOString() },
      {
        onSuccess: (r) => void message.success(t('calendar.rescheduled', { time: formatDateTime(r.scheduledAt, timeZone) })),
        onError: (err) => {
          info.revert();
          void message.error(t('calendar.rescheduleFailed', { error: errorMessage(err) }));
        },
      },
    );
  };
  const onClick = (info: EventClickInfo) => {
    info.jsEvent.preventDefault();
    const entry = info.event.extendedProps.entry as CalendarEntry;
    navigate(`/w/${workspace.id}/studio/${entry.contentId}`);
  };
  const renderEvent = (arg: EventDisplayInfo) => {
    const entry = arg.event.extendedProps.entry as CalendarEntry;
    return (
      <div
        data-testid={`calendar-entry-${entry.contentId}`}
        data-variant-id={entry.variantId}
        data-status={entry.status}
        title={`${entry.accountName ?? entry.accountId ?? ''} · ${entry.title} · ${t(`calendar.status.${entry.status}`)}`}
        style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', fontSize: 12, cursor: 'pointer' }}
      >
        <b>{arg.timeText}</b> {entry.accountName ? `[${entry.accountName}] ` : ''}
        {entry.title}
      </div>
    );
  };

  return (
    <>
      <PageHeader
        title={t('nav.calendar')}
        subtitle={t('calendar.subtitle', { zone: zoneLabel(timeZone) })}
        extra={
          <Button data-testid="queue-open" onClick={() => setQueueOpen(true)}>
            {t('calendar.queue.open')}
          </Button>
        }
      />
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        <CalendarFiltersBar workspaceId={workspace.id} value={filters} onChange={setFilters} />
        <StatusLegend />
        {calendar.error ? <ErrorState error={calendar.error} onRetry={() => void calendar.refetch()} /> : null}
        <Row gutter={16}>
          <Col xs={24} lg={18} data-testid="calendar" data-loading={calendar.isFetching ? 'true' : 'false'}>
            <FullCalendar
              plugins={[classicThemePlugin, dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin]}
              initialView="dayGridMonth"
              initialDate={initialDate}
              timeZone={timeZone}
              locale={i18n.language === 'en' ? 'en' : zhCnLocale}
              firstDay={1}
              headerToolbar={{ start: 'prev,next today', center: 'title', end: 'dayGridMonth,timeGridWeek,listMonth' }}
              height="auto"
              events={events}
              eventContent={renderEvent}
              eventClick={onClick}
              eventDrop={onDrop}
              datesSet={(info) => setRange(rangeOf(info.startStr, info.endStr))}
              nowIndicator
            />
          </Col>
          <Col xs={24} lg={6}>
            <UnscheduledList
              workspaceId={workspace.id}
              timeZone={timeZone}
              items={calendar.data?.unscheduled ?? []}
              loading={calendar.isPending && range !== null}
              canPublish={canPublish}
            />
          </Col>
        </Row>
      </Space>
      <QueueDrawer workspaceId={workspace.id} timeZone={timeZone} open={queueOpen} onClose={() => setQueueOpen(false)} canEdit={canPublish} />
    </>
  );
}
