import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { normalizeLanguage, type Language } from '../../lib/i18n/index';
import { useChangeLanguage } from './use-language';

export function LanguageSwitch({ signedIn }: { signedIn: boolean }) {
  const { i18n } = useTranslation();
  const change = useChangeLanguage(signedIn);
  return (
    <Segmented<Language>
      data-testid="language-switch"
      size="small"
      value={normalizeLanguage(i18n.language)}
      onChange={(v) => void change(v)}
      options={[
        { value: 'zh-CN', label: <span data-testid="lang-zh-CN">中文</span> },
        { value: 'en', label: <span data-testid="lang-en">English</span> },
      ]}
    />
  );
}
