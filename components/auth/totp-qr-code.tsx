import { QRCodeSVG } from 'qrcode.react';

/** What the QR code is, for people who cannot see it: the key below it is the same thing as text. */
export const TOTP_QR_LABEL = 'QR code for your authenticator app. It holds the setup link; the same key is shown as text below.';

/**
 * The otpauth:// setup link from Better Auth's "enable two-factor" response as a QR code to scan.
 * Dark modules on a white quiet zone in both themes: scanners need the contrast, not the theme.
 */
export function TotpQrCode({ uri }: { uri: string }) {
  return (
    <div className="inline-block rounded-md border border-border bg-white p-2">
      <QRCodeSVG value={uri} size={176} level="M" marginSize={2} bgColor="#ffffff" fgColor="#0f172a" role="img" aria-label={TOTP_QR_LABEL} data-testid="totp-qr" />
    </div>
  );
}
