import { DatePicker, Form, Input, Modal, Typography, type ButtonProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dayjs } from '../../lib/time';

/** Asks for the rejection reason (required). */
export function RejectModal({ open, busy, onCancel, onReject }: { open: boolean; busy: boolean; onCancel: () => void; onReject: (reason: string) => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const empty = reason.trim() === '';
  return (
    <Modal
      open={open}
      title={t('review.rejectTitle')}
      okText={t('review.actions.reject')}
      okButtonProps={{ danger: true, loading: busy, 'data-testid': 'reject-confirm' } as ButtonProps}
      onCancel={onCancel}
      onOk={() => (empty ? setTouched(true) : onReject(reason.trim()))}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item validateStatus={touched && empty ? 'error' : undefined} help={touched && empty ? t('review.reasonRequired') : undefined}>
          <Input.TextArea data-testid="reject-reason" rows={4} value={reason} placeholder={t('review.rejectPlaceholder')} onChange={(e) => setReason(e.target.value)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Optional single publish time for every variant, in the workspace time zone. */
export function ScheduleModal({ open, busy, timeZone, onCancel, onSchedule }: { open: boolean; busy: boolean; timeZone: string; onCancel: () => void; onSchedule: (at: string | undefined) => void }) {
  const { t } = useTranslation();
  const [at, setAt] = useState<Dayjs | null>(null);
  return (
    <Modal
      open={open}
      title={t('review.scheduleTitle')}
      okText={t('review.actions.schedule')}
      okButtonProps={{ loading: busy, 'data-testid': 'schedule-confirm' } as ButtonProps}
      onCancel={onCancel}
      onOk={() => onSchedule(at ? dayjs.tz(at.format('YYYY-MM-DDTHH:mm'), timeZone).toISOString() : undefined)}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('review.scheduleHint')}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={`${t('review.scheduleAt')} (${timeZone})`}>
          <DatePicker
            data-testid="schedule-at"
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            value={at}
            onChange={setAt}
            disabledDate={(d) => d.isBefore(dayjs().startOf('day'))}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
