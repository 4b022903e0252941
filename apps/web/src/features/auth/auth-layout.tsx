import { Card } from 'antd';
import type { ReactNode } from 'react';
import { Brand } from '../../app/workspace-layout';
import { LanguageSwitch } from './language-switch';

/** The centred card used by sign-in and invite acceptance. */
export function AuthLayout({ children, signedIn = false }: { children: ReactNode; signedIn?: boolean }) {
  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', padding: 16, background: 'linear-gradient(135deg,#eef2ff,#f5f6fa)' }}>
      <div style={{ width: 420, maxWidth: '100%' }}>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 16 }}>
          <Brand />
          <LanguageSwitch signedIn={signedIn} />
        </div>
        <Card>{children}</Card>
      </div>
    </div>
  );
}
