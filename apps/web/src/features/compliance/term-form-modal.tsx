import { App, Alert, Checkbox, Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../lib/form-errors';
import { useWorkspace } from '../../lib/workspace-context';
import { SEVERITIES, useComplianceMutations, type Severity, type Term } from './compliance.api';

interface Values {
  term: string;
  severity: Severity;
  suggestion?: string;
  variants: boolean;
}

/** Add a term to a lexicon, or edit one (`term` set). */
export function TermFormModal({ open, lexiconId, term, onClose }: { open: boolean; lexiconId: string; term: Term | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { workspace } = useWorkspace();
  const { addTerm, updateTerm } = useComplianceMutations(workspace.id);
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    if (!open) return;
    setError(undefined);
    form.setFieldsValue(term ? { term: term.term, severity: term.severity, suggestion: term.suggestion ?? '', variants: term.variants } : { term: '', severity: 'high', suggestion: '', variants: true });
  }, [open, term, form]);

  const submit = async (v: Values) => {
    setError(undefined);
    const body = { term: v.term, severity: v.severity, suggestion: v.suggestion?.trim() || null, variants: v.variants };
    try {
      if (term) await updateTerm.mutateAsync({ lexiconId, id: term.id, body });
      else await addTerm.mutateAsync({ lexiconId, body });
      void message.success(t(term ? 'compliance.terms.saved' : 'compliance.terms.added'));
      onClose();
    } catch (err) {
      setError(applyFieldErrors(form, err));
    }
  };

  return (
    <Modal
      open={open}
      title={t(term ? 'compliance.terms.edit' : 'compliance.terms.add')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'term-save', loading: addTerm.isPending || updateTerm.isPending }}
      destroyOnHidden
    >
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item name="term" label={t('compliance.terms.form.term')} rules={[{ required: true, whitespace: true, max: 100 }]}>
          <Input data-testid="term-input" autoFocus />
        </Form.Item>
        <Form.Item name="severity" label={t('compliance.terms.form.severity')} rules={[{ required: true }]}>
          <Select data-testid="term-severity" options={SEVERITIES.map((s) => ({ value: s, label: t(`compliance.severities.${s}`) }))} />
        </Form.Item>
        <Form.Item name="suggestion" label={t('compliance.terms.form.suggestion')} rules={[{ max: 200 }]}>
          <Input data-testid="term-suggestion" placeholder={t('compliance.terms.form.suggestionPlaceholder')} />
        </Form.Item>
        <Form.Item name="variants" valuePropName="checked">
          <Checkbox data-testid="term-variants">{t('compliance.terms.form.variants')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
