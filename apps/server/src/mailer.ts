import nodemailer from 'nodemailer';
import type { Mailer } from '@resonance/kernel';

/** SMTP mail when SMTP_URL is set (smtp://user:pass@host:port or smtps://…); otherwise not configured. */
export function createMailer(smtpUrl: string | undefined, from: string): Mailer {
  if (!smtpUrl) {
    return {
      configured: false,
      send: async () => {
        throw new Error('SMTP is not configured (set SMTP_URL)');
      },
    };
  }
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    configured: true,
    send: async (m) => {
      await transport.sendMail({ from, to: m.to, subject: m.subject, text: m.text, html: m.html });
    },
  };
}
