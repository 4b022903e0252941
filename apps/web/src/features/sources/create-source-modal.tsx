import { Alert, Button, Form, Input, Modal, Radio, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../lib/form-errors';
import { useWorkspace } from '../../lib/workspace-context';
import { SOURCE_KINDS, useSourceMutations, type CreatedSource, type SourceKind } from './sources.api';
import { useCreateOnceModal } from '../../lib/use-create-once-modal';

interface Values {
  name: string;
  kind: SourceKind;
}

/** How to send events with this key: the Segment and PostHog SDKs, and plain HTTP. */
export function sdkSnippets(writeKey: string, origin: string): { key: string; label: string; code: string }[] {
  return [
    {
      key: 'segment',
      label: 'Segment',
      code: [
        `import { Analytics } from '@segment/analytics-node';`,
        ``,
        `const analytics = new Analytics({ writeKey: '${writeKey}', host: '${origin}' });`,
        `analytics.track({ userId: 'user-1', event: 'Order Completed', properties: { total: 30 } });`,
      ].join('\n'),
    },
    {
      key: 'posthog',
      label: 'PostHog',
      code: [
        `import { PostHog } from 'posthog-node';`,
        ``,
        `const posthog = new PostHog('${writeKey}', { host: '${origin}' });`,
        `posthog.capture({ distinctId: 'user-1', event: 'Order Completed', properties: { total: 30 } });`,
      ].join('\n'),
    },
    {
      key: 'http',
      label: 'HTTP',
      code: [
        `curl -X POST ${origin}/v1/track \\`,
        `  -H 'content-type: application/json' \\`,
        `  -d '{"writeKey":"${writeKey}","userId":"user-1","event":"Order Completed"}'`,
      ].join('\n'),
    },
  ];
}

function Snippet({ code, testId }: { code: string; testId: string }) {
  return (
    <div style={{ position: 'relative' }}>
      <pre className="rsn-mono rsn-snippet" data-testid={testId}>{code}</pre>
      <Typography.Text copyable={{ text: code }} style={{ position: 'absolute', top: 6, right: 8 }} />
    </div>
  );
}

/** Creates a source and shows its write key exactly once, with SDK snippets. */
export function CreateSourceModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { workspace } = useWorkspace();
  const { create } = useSourceMutations(workspace.id);
  const { form, created, setCreated, error, setError, close } = useCreateOnceModal<Values, CreatedSource>(onClose);
  const kind = Form.useWatch('kind', form);
  return (
    <Modal
      open={open}
      title={created ? t('sources.createdTitle', { name: created.name }) : t('sources.create')}
      onCancel={close}
      footer={null}
      destroyOnHidden
      maskClosable={!created}
      width={created ? 720 : 520}
    >
      {created ? (
        <div data-testid="source-created">
          <Alert type="warning" showIcon message={t('sources.shownOnce')} style={{ marginBottom: 12 }} />
          <Typography.Text type="secondary">{t('sources.writeKey')}</Typography.Text>
          <Typography.Paragraph copyable={{ text: created.writeKey }} className="rsn-mono rsn-secret">
            <span data-testid="source-key">{created.writeKey}</span>
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>{t('sources.usage')}</Typography.Paragraph>
          <Tabs
            size="small"
            items={sdkSnippets(created.writeKey, window.location.origin).map((s) => ({
              key: s.key,
              label: s.label,
              children: <Snippet code={s.code} testId={`source-snippet-${s.key}`} />,
            }))}
          />
          <Button type="primary" onClick={close} data-testid="source-done">{t('common.done')}</Button>
        </div>
      ) : (
        <Form
          form={form}
          layout="vertical"
          initialValues={{ kind: 'web' }}
          onFinish={async (v) => {
            setError(undefined);
            try {
              setCreated(await create.mutateAsync({ name: v.name, kind: v.kind }));
            } catch (err) {
              setError(applyFieldErrors(form, err));
            }
          }}
        >
          {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} /> : null}
          <Form.Item name="name" label={t('sources.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
            <Input data-testid="source-name" placeholder={t('sources.namePlaceholder')} maxLength={100} />
          </Form.Item>
          <Form.Item name="kind" label={t('sources.kind')} extra={kind ? t(`sources.kindHelp.${kind}`) : undefined} rules={[{ required: true }]}>
            <Radio.Group
              data-testid="source-kind"
              optionType="button"
              options={SOURCE_KINDS.map((k) => ({ value: k, label: t(`sources.kinds.${k}`) }))}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="source-submit">
            {t('common.create')}
          </Button>
        </Form>
      )}
    </Modal>
  );
}
