import { App, Alert, Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../lib/form-errors';
import { useWorkspace } from '../../lib/workspace-context';
import { LEXICON_CATEGORIES, useComplianceMutations, type Lexicon, type LexiconCategory } from './compliance.api';

interface Values {
  name: string;
  category: LexiconCategory;
}

/** Create a lexicon, or rename one (`lexicon` set; built-in ones keep their category). */
export function LexiconFormModal({ open, lexicon, onClose, onCreated }: { open: boolean; lexicon: Lexicon | null; onClose: () => void; onCreated: (l: Lexicon) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { workspace } = useWorkspace();
  const { createLexicon, updateLexicon } = useComplianceMutations(workspace.id);
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    if (!open) return;
    setError(undefined);
    form.setFieldsValue(lexicon ? { name: lexicon.name, category: lexicon.category } : { name: '', category: 'custom' });
  }, [open, lexicon, form]);

  const submit = async (v: Values) => {
    try {
      if (lexicon) await updateLexicon.mutateAsync({ id: lexicon.id, body: lexicon.builtIn ? { name: v.name } : v });
      else onCreated(await createLexicon.mutateAsync(v));
      void message.success(t('compliance.lexicons.saved'));
      onClose();
    } catch (err) {
      setError(applyFieldErrors(form, err));
    }
  };

  return (
    <Modal
      open={open}
      title={t(lexicon ? 'compliance.lexicons.rename' : 'compliance.lexicons.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'lexicon-save', loading: createLexicon.isPending || updateLexicon.isPending }}
      destroyOnHidden
    >
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item name="name" label={t('compliance.lexicons.name')} rules={[{ required: true, whitespace: true, max: 60 }]}>
          <Input data-testid="lexicon-name" autoFocus />
        </Form.Item>
        <Form.Item name="category" label={t('compliance.lexicons.category')} rules={[{ required: true }]}>
          <Select data-testid="lexicon-category" disabled={lexicon?.builtIn} options={LEXICON_CATEGORIES.map((c) => ({ value: c, label: t(`compliance.categories.${c}`) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
