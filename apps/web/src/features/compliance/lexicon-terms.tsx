import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Dropdown, Input, Popconfirm, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, errorMessage } from '../../lib/states';
import { useWorkspace } from '../../lib/workspace-context';
import { exportUrl, useComplianceMutations, useTerms, type Lexicon, type Term } from './compliance.api';
import { SEVERITY_TAG } from './compliance-labels';
import { ImportModal } from './import-modal';
import { LexiconFormModal } from './lexicon-form-modal';
import { TermFormModal } from './term-form-modal';

const PAGE_SIZE = 20;

/** The terms of one lexicon: search, paging; add / edit / delete, import and export with compliance.manage. */
export function LexiconTerms({ lexicon, onDeleted }: { lexicon: Lexicon; onDeleted: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { workspace, can } = useWorkspace();
  const writable = can('compliance.manage');
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const terms = useTerms(workspace.id, lexicon.id, search, page, PAGE_SIZE);
  const { deleteTerm, deleteLexicon, updateLexicon } = useComplianceMutations(workspace.id);
  const [editing, setEditing] = useState<Term | null>(null);
  const [termModal, setTermModal] = useState(false);
  const [importOpen, setImportOpen] = useState(false);
  const [renaming, setRenaming] = useState(false);

  const act = async (fn: () => Promise<unknown>, done: string) => {
    try {
      await fn();
      void message.success(t(done));
    } catch (err) {
      void message.error(errorMessage(err));
    }
  };

  return (
    <Card
      size="small"
      data-testid="lexicon-terms"
      title={
        <Space wrap>
          <Typography.Text strong data-testid="lexicon-title">{lexicon.name}</Typography.Text>
          <Tag>{t(`compliance.categories.${lexicon.category}`)}</Tag>
          {lexicon.builtIn ? <Tag color="purple">{t('compliance.lexicons.builtIn')}</Tag> : null}
          <Switch
            size="small"
            data-testid="lexicon-enabled"
            checked={lexicon.enabled}
            disabled={!writable}
            loading={updateLexicon.isPending}
            onChange={(enabled) => void act(() => updateLexicon.mutateAsync({ id: lexicon.id, body: { enabled } }), 'compliance.lexicons.saved')}
          />
          <span>{t('compliance.lexicons.enabled')}</span>
        </Space>
      }
      extra={
        <Space wrap>
          <Dropdown
            menu={{
              items: (['csv', 'json'] as const).map((f) => ({
                key: f,
                label: (
                  <a href={exportUrl(workspace.id, lexicon.id, f)} download data-testid={`export-${f}`}>
                    {t(f === 'csv' ? 'compliance.transfer.exportCsv' : 'compliance.transfer.exportJson')}
                  </a>
                ),
              })),
            }}
          >
            <Button size="small" icon={<DownloadOutlined />} data-testid="export">
              {t('compliance.transfer.export')}
            </Button>
          </Dropdown>
          {writable ? (
            <>
              <Button size="small" data-testid="import-open" onClick={() => setImportOpen(true)}>
                {t('compliance.transfer.import')}
              </Button>
              <Button size="small" onClick={() => setRenaming(true)}>
                {t('compliance.lexicons.rename')}
              </Button>
              {!lexicon.builtIn ? (
                <Popconfirm
                  title={t('compliance.lexicons.deleteConfirm')}
                  okButtonProps={{ 'data-testid': 'lexicon-delete-confirm' }}
                  onConfirm={() => act(async () => { await deleteLexicon.mutateAsync(lexicon.id); onDeleted(); }, 'compliance.lexicons.deleted')}
                >
                  <Button size="small" danger data-testid="lexicon-delete">
                    {t('compliance.lexicons.delete')}
                  </Button>
                </Popconfirm>
              ) : null}
              <Button size="small" type="primary" data-testid="term-add" onClick={() => { setEditing(null); setTermModal(true); }}>
                {t('compliance.terms.add')}
              </Button>
            </>
          ) : null}
        </Space>
      }
    >
      <Input.Search
        data-testid="term-search"
        allowClear
        placeholder={t('compliance.terms.search')}
        style={{ maxWidth: 320, marginBottom: 12 }}
        onSearch={(v) => { setSearch(v.trim()); setPage(1); }}
      />
      {terms.error ? (
        <ErrorState error={terms.error} onRetry={() => void terms.refetch()} />
      ) : (
        <Table<Term>
          data-testid="terms-table"
          size="small"
          rowKey="id"
          loading={terms.isPending || terms.isPlaceholderData}
          dataSource={terms.data?.items ?? []}
          locale={{ emptyText: search ? t('compliance.terms.noMatch') : t('compliance.terms.empty') }}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: terms.data?.total ?? 0, onChange: setPage, showSizeChanger: false, hideOnSinglePage: true }}
          columns={[
            { title: t('compliance.terms.columns.term'), dataIndex: 'term', render: (v: string) => <Typography.Text strong>{v}</Typography.Text> },
            { title: t('compliance.terms.columns.severity'), dataIndex: 'severity', width: 100, render: (s: Term['severity']) => <Tag color={SEVERITY_TAG[s]}>{t(`compliance.severities.${s}`)}</Tag> },
            { title: t('compliance.terms.columns.suggestion'), dataIndex: 'suggestion', render: (v: string | null) => v ?? '—' },
            { title: t('compliance.terms.columns.variants'), dataIndex: 'variants', width: 110, render: (v: boolean) => (v ? '✓' : '—') },
            ...(writable
              ? [
                  {
                    title: t('compliance.terms.columns.actions'),
                    key: 'actions',
                    width: 150,
                    render: (_: unknown, term: Term) => (
                      <Space>
                        <Button size="small" data-testid={`term-edit-${term.term}`} onClick={() => { setEditing(term); setTermModal(true); }}>
                          {t('compliance.terms.edit')}
                        </Button>
                        <Popconfirm
                          title={t('compliance.terms.deleteConfirm')}
                          okButtonProps={{ 'data-testid': `term-delete-confirm-${term.term}` }}
                          onConfirm={() => act(() => deleteTerm.mutateAsync({ lexiconId: lexicon.id, id: term.id }), 'compliance.terms.deleted')}
                        >
                          <Button size="small" danger data-testid={`term-delete-${term.term}`}>
                            {t('compliance.terms.delete')}
                          </Button>
                        </Popconfirm>
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {writable ? (
        <>
          <TermFormModal open={termModal} lexiconId={lexicon.id} term={editing} onClose={() => setTermModal(false)} />
          <ImportModal open={importOpen} lexiconId={lexicon.id} onClose={() => setImportOpen(false)} />
          <LexiconFormModal open={renaming} lexicon={lexicon} onClose={() => setRenaming(false)} onCreated={() => undefined} />
        </>
      ) : null}
    </Card>
  );
}
