import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Segmented, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/states';
import { useWorkspace } from '../../lib/workspace-context';
import { useComplianceMutations, type ImportResult } from './compliance.api';

type Format = 'csv' | 'json';
type RowError = ImportResult['errors'][number];

/** Upload a CSV or JSON file into a lexicon; shows the counts and every rejected row with its field. */
export function ImportModal({ open, lexiconId, onClose }: { open: boolean; lexiconId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { workspace } = useWorkspace();
  const { importTerms } = useComplianceMutations(workspace.id);
  const [format, setFormat] = useState<Format>('csv');
  const [file, setFile] = useState<{ name: string; content: string } | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string>();

  const close = () => {
    setFile(null);
    setResult(null);
    setError(undefined);
    onClose();
  };
  const pick = async (f: File) => {
    setResult(null);
    setError(undefined);
    setFormat(f.name.toLowerCase().endsWith('.json') ? 'json' : 'csv');
    setFile({ name: f.name, content: await f.text() });
    return false; // read in the browser; nothing is uploaded until Import
  };
  const run = async () => {
    if (!file) return;
    try {
      setResult(await importTerms.mutateAsync({ lexiconId, body: { format, content: file.content } }));
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <Modal
      open={open}
      title={t('compliance.transfer.title')}
      onCancel={close}
      width={640}
      footer={
        <Space>
          <Button onClick={close}>{t('compliance.transfer.close')}</Button>
          <Button type="primary" data-testid="import-run" disabled={!file} loading={importTerms.isPending} onClick={() => void run()}>
            {t('compliance.transfer.run')}
          </Button>
        </Space>
      }
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('compliance.transfer.help')}</Typography.Paragraph>
      <Space style={{ marginBottom: 12 }} wrap>
        <Upload accept=".csv,.json,text/csv,application/json" showUploadList={false} beforeUpload={(f) => pick(f)}>
          <Button icon={<UploadOutlined />} data-testid="import-choose">
            {t('compliance.transfer.choose')}
          </Button>
        </Upload>
        {file ? <Typography.Text data-testid="import-file">{file.name}</Typography.Text> : null}
        <span>{t('compliance.transfer.format')}</span>
        <Segmented<Format> value={format} onChange={setFormat} options={['csv', 'json'].map((v) => ({ value: v as Format, label: v.toUpperCase() }))} />
      </Space>
      {error ? <Alert type="error" showIcon message={error} /> : null}
      {result ? (
        <div data-testid="import-result">
          <Alert type={result.errors.length ? 'warning' : 'success'} showIcon message={t('compliance.transfer.result', result)} />
          {result.errors.length ? (
            <Table<RowError>
              style={{ marginTop: 12 }}
              size="small"
              data-testid="import-errors"
              title={() => t('compliance.transfer.errorsTitle', { count: new Set(result.errors.map((e) => e.row)).size })}
              rowKey={(e) => `${e.row}-${e.field}`}
              dataSource={result.errors}
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              columns={[
                { title: t('compliance.transfer.row'), dataIndex: 'row', width: 70 },
                { title: t('compliance.transfer.field'), dataIndex: 'field', width: 110 },
                { title: t('compliance.transfer.message'), dataIndex: 'message' },
              ]}
            />
          ) : null}
        </div>
      ) : null}
    </Modal>
  );
}
