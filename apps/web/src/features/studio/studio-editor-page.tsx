import { ArrowLeftOutlined } from '@ant-design/icons';
import { App, Alert, Button, Card, Col, Row, Space, Tabs, Tag, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PageHeader } from '../../app/page-header';
import { ApiError } from '../../lib/api';
import { errorMessage, ErrorState, Loading } from '../../lib/states';
import { useWorkspace } from '../../lib/workspace-context';
import { WorkflowStatusTag } from '../review/status-tag';
import { WorkflowActions } from '../review/workflow-actions';
import { ActivityPanel } from './activity-panel';
import { CommentThread } from './comments/comment-thread';
import { CompliancePanel } from './compliance-panel';
import { LinksPanel } from './links-panel';
import { draftOf, isDirty, patchOf, type MasterDraft } from './master-draft';
import { MasterForm } from './master-form';
import { useItem, useItemMutations, type Item } from './studio.api';
import { VariantsPanel } from './variants-panel';

/**
 * Keeps the editor's unsaved master in step with the server's item: a newer item replaces the draft
 * unless the user has unsaved edits (then they are kept and saved against the newer version), except
 * after our own save or a stale-version reload, which always take the server's item.
 */
function useMasterDraft(item: Item | undefined) {
  const [draft, setDraft] = useState<MasterDraft | null>(null);
  const base = useRef<Item | null>(null);
  // take the server's item once its version is above this (our save, a reload after 409)
  const takeAbove = useRef<number | null>(null);
  useEffect(() => {
    if (!item) return;
    const prev = base.current;
    const forced = takeAbove.current !== null && item.version > takeAbove.current;
    setDraft((d) => (d === null || forced || !prev || prev.id !== item.id || !isDirty(d, prev) ? draftOf(item) : d));
    if (forced) takeAbove.current = null;
    base.current = item;
  }, [item]);
  const takeNext = useCallback((version: number) => {
    takeAbove.current = version;
  }, []);
  return { draft, setDraft, takeNext };
}

/** The content editor: master, live compliance, per-account variants with rules and previews, workflow, activity, links, comments. */
export function StudioEditorPage() {
  // the App context's message (antd's static one does not render under React 19)
  const { message } = App.useApp();
  const { t } = useTranslation();
  const { contentId = '' } = useParams();
  const { workspace, can } = useWorkspace();
  const query = useItem(workspace.id, contentId);
  const mutations = useItemMutations(workspace.id, contentId);
  const item = query.data;
  const { draft, setDraft, takeNext } = useMasterDraft(item);
  // shown inline (not only as a toast): the user must see why their edit is gone
  const [conflict, setConflict] = useState<string | null>(null);

  /** 409 stale_version / not_editable: say so, reload, and show the server's item. */
  const onStale = useCallback(
    (err: unknown) => {
      if (!(err instanceof ApiError) || err.status !== 409) return false;
      const text = err.code === 'stale_version' ? t('studio.editor.stale') : errorMessage(err);
      setConflict(text);
      message.warning(text, 6);
      takeNext(0);
      void mutations.reload();
      return true;
    },
    [mutations, t, takeNext],
  );

  if (query.isLoading) return <Loading />;
  if (query.error || !item || !draft) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;

  const isDraft = item.status === 'draft';
  const readOnly = !isDraft || !can('content.write');
  const dirty = isDirty(draft, item);
  const save = () => {
    takeNext(item.version);
    setConflict(null);
    mutations.save.mutate(patchOf(draft, item), {
      onSuccess: () => message.success(t('studio.editor.saved')),
      onError: (err) => {
        if (!onStale(err)) {
          takeNext(Number.POSITIVE_INFINITY);
          message.error(errorMessage(err));
        }
      },
    });
  };

  return (
    <>
      <PageHeader
        title={
          <Space>
            <Link to={`/w/${workspace.id}/studio`} aria-label={t('studio.editor.back')} data-testid="studio-back">
              <ArrowLeftOutlined />
            </Link>
            <span data-testid="studio-heading">{item.title || t('studio.untitled')}</span>
            <WorkflowStatusTag status={item.status} testId="studio-status" />
          </Space>
        }
        subtitle={t('studio.editor.version', { version: item.version })}
        extra={
          !readOnly ? (
            <>
              {dirty ? <Tag color="orange" data-testid="studio-dirty">{t('studio.editor.unsaved')}</Tag> : null}
              <Button type="primary" data-testid="studio-save" disabled={!dirty} loading={mutations.save.isPending} onClick={save}>
                {t('studio.editor.save')}
              </Button>
            </>
          ) : null
        }
      />
      {conflict ? (
        <Alert type="warning" showIcon closable data-testid="studio-conflict" style={{ marginBottom: 16 }} message={conflict} onClose={() => setConflict(null)} />
      ) : null}
      {!isDraft ? (
        <Alert
          type="info"
          showIcon
          data-testid="studio-read-only"
          style={{ marginBottom: 16 }}
          message={t('studio.editor.notDraft', { status: t(`review.status.${item.status}`, { defaultValue: item.status }) })}
        />
      ) : null}
      <div style={{ marginBottom: 16 }}>
        <WorkflowActions contentId={item.id} onChanged={() => void mutations.reload()} />
      </div>
      <Row gutter={16}>
        <Col xs={24} xl={15}>
          <Space direction="vertical" style={{ width: '100%' }} size={16}>
            <Card size="small" title={t('studio.editor.master')}>
              <MasterForm workspaceId={workspace.id} draft={draft} onChange={setDraft} readOnly={readOnly} />
            </Card>
            <CompliancePanel workspaceId={workspace.id} title={draft.title} body={draft.body} sponsored={draft.sponsored} />
            {dirty && item.variants.length > 0 ? <Typography.Text type="secondary">{t('studio.variants.saveFirst')}</Typography.Text> : null}
            <VariantsPanel workspaceId={workspace.id} item={item} master={draft} readOnly={readOnly} mutations={mutations} onStale={onStale} />
          </Space>
        </Col>
        <Col xs={24} xl={9}>
          <Card size="small">
            <Tabs
              items={[
                { key: 'activity', label: <span data-testid="studio-tab-activity">{t('studio.side.activity')}</span>, children: <ActivityPanel contentId={item.id} /> },
                { key: 'links', label: <span data-testid="studio-tab-links">{t('studio.side.links')}</span>, children: <LinksPanel workspaceId={workspace.id} item={item} writable={can('content.write')} /> },
                { key: 'comments', label: <span data-testid="studio-tab-comments">{t('studio.side.comments')}</span>, children: <CommentThread workspaceId={workspace.id} contentId={item.id} /> },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
