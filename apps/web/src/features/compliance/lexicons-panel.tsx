import { Badge, Button, Card, Col, List, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, Loading } from '../../lib/states';
import { useWorkspace } from '../../lib/workspace-context';
import { useLexicons, type Lexicon } from './compliance.api';
import { LexiconFormModal } from './lexicon-form-modal';
import { LexiconTerms } from './lexicon-terms';

/** Lexicons on the left (category, built-in, term count, on/off), the selected one's terms on the right. */
export function LexiconsPanel() {
  const { t } = useTranslation();
  const { workspace, can } = useWorkspace();
  const lexicons = useLexicons(workspace.id);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);

  if (lexicons.isPending) return <Loading testId="lexicons-loading" />;
  if (lexicons.error) return <ErrorState error={lexicons.error} onRetry={() => void lexicons.refetch()} />;
  const items = lexicons.data.items;
  const selected = items.find((l) => l.id === selectedId) ?? items[0] ?? null;

  return (
    <Row gutter={16}>
      <Col xs={24} md={8} xl={6}>
        <Card
          size="small"
          title={t('compliance.lexicons.title')}
          extra={
            can('compliance.manage') ? (
              <Button size="small" data-testid="lexicon-create" onClick={() => setCreating(true)}>
                {t('compliance.lexicons.create')}
              </Button>
            ) : null
          }
          styles={{ body: { padding: 0 } }}
        >
          {items.length === 0 ? (
            <EmptyState description={t('compliance.lexicons.empty')} />
          ) : (
            <List<Lexicon>
              data-testid="lexicon-list"
              dataSource={items}
              renderItem={(l) => (
                <List.Item
                  data-testid={`lexicon-${l.category}${l.builtIn ? '' : `-${l.id}`}`}
                  onClick={() => setSelectedId(l.id)}
                  style={{ cursor: 'pointer', padding: '8px 12px', background: l.id === selected?.id ? '#f0f5ff' : undefined }}
                >
                  <Space direction="vertical" size={0} style={{ width: '100%' }}>
                    <Space>
                      <Badge status={l.enabled ? 'success' : 'default'} />
                      <Typography.Text strong={l.id === selected?.id}>{l.name}</Typography.Text>
                    </Space>
                    <Space size={4} wrap>
                      <Tag bordered={false}>{t(`compliance.categories.${l.category}`)}</Tag>
                      {l.builtIn ? <Tag bordered={false} color="purple">{t('compliance.lexicons.builtIn')}</Tag> : null}
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('compliance.lexicons.terms', { count: l.termCount })}
                      </Typography.Text>
                    </Space>
                  </Space>
                </List.Item>
              )}
            />
          )}
        </Card>
      </Col>
      <Col xs={24} md={16} xl={18}>
        {selected ? <LexiconTerms key={selected.id} lexicon={selected} onDeleted={() => setSelectedId(null)} /> : <EmptyState description={t('compliance.lexicons.select')} />}
      </Col>
      <LexiconFormModal open={creating} lexicon={null} onClose={() => setCreating(false)} onCreated={(l) => setSelectedId(l.id)} />
    </Row>
  );
}
