import "server-only";
import { randomBytes } from "node:crypto";
import { generateSecret, generateURI, verify } from "otplib";
import QRCode from "qrcode";
import { hashPassword, verifyPassword } from "@/lib/auth/password";

const ISSUER = "党建工作台";
const RECOVERY_CODE_COUNT = 8;

export function newTotpSecret(): string {
  return generateSecret();
}

/** The otpauth:// URI and its QR code as an SVG string, for enrolment in an authenticator app. */
export async function enrolmentQr(username: string, secret: string): Promise<{ uri: string; svg: string }> {
  const uri = generateURI({ issuer: ISSUER, label: username, secret });
  return { uri, svg: await QRCode.toString(uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" }) };
}

/** Accepts the current code and one step either side, for clocks a little out of step. */
export async function verifyTotp(secret: string, token: string): Promise<boolean> {
  if (!/^\d{6}$/.test(token)) return false;
  const result = await verify({ secret, token, epochTolerance: 30 });
  return result.valid;
}

/** Ten-character one-time recovery codes, shown once; only their hashes are stored. */
export async function newRecoveryCodes(): Promise<{ codes: string[]; hashes: string[] }> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const raw = randomBytes(5).toString("hex").toUpperCase();
    return `${raw.slice(0, 5)}-${raw.slice(5)}`;
  });
  return { codes, hashes: await Promise.all(codes.map((code) => hashPassword(code))) };
}

export function normaliseRecoveryCode(input: string): string {
  const compact = input.replace(/[\s-]/g, "").toUpperCase();
  return compact.length === 10 ? `${compact.slice(0, 5)}-${compact.slice(5)}` : compact;
}

export async function matchesRecoveryCode(hash: string, input: string): Promise<boolean> {
  return verifyPassword(hash, normaliseRecoveryCode(input));
}
