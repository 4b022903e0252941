import type { RequestOf, ResponseOf } from '@resonance/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { normalizeLanguage, rememberLanguage, type Language } from '../../lib/i18n/index';
import { meQueryKey, type Me } from '../../lib/session';
import { errorMessage } from '../../lib/states';

/** Applies the signed-in user's saved locale once it is known. */
export function useSyncUserLanguage(me: Me | undefined): void {
  const { i18n } = useTranslation();
  const applied = useRef<string | null>(null);
  useEffect(() => {
    if (!me) return;
    const lang = normalizeLanguage(me.user.locale);
    if (applied.current === `${me.user.id}:${lang}`) return;
    applied.current = `${me.user.id}:${lang}`;
    rememberLanguage(lang);
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
  }, [me, i18n]);
}

/** Switches the language at once and saves it for the user (PATCH /api/me) when signed in. */
export function useChangeLanguage(signedIn: boolean) {
  const { i18n, t } = useTranslation();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  return async (lang: Language) => {
    await i18n.changeLanguage(lang);
    rememberLanguage(lang);
    if (!signedIn) return;
    queryClient.setQueryData<Me>(meQueryKey, (old) => (old ? { ...old, user: { ...old.user, locale: lang } } : old));
    try {
      await api.patch<ResponseOf<'/me', 'patch'>>('/me', { locale: lang } satisfies RequestOf<'/me', 'patch'>);
    } catch (err) {
      message.error(`${t('header.languageSaveFailed')}: ${errorMessage(err)}`);
    }
  };
}
