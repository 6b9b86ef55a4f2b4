export {
  brevo,
  brevoSettingsFromConfig,
  BrevoError,
  createBrevoClient,
  sendEmail,
  toBrevoIdempotencyKey,
  type BrevoAccount,
  type BrevoClient,
  type BrevoSettings,
  type EmailAddress,
  type SendEmailInput,
} from './client';
export { escapeHtml, invitationEmail, passwordResetEmail, verificationEmail, welcomeEmail, type EmailBranding, type RenderedEmail } from './templates';
