"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { signInWithCredentials } from "@/lib/auth/browser";

const ERROR_KEYS: Record<string, string> = {
  INVALID: "errorInvalid",
  LOCKED: "errorLocked",
  DISABLED: "errorDisabled",
  THROTTLED: "errorThrottled",
  OTP_INVALID: "errorOtpInvalid",
  CredentialsSignin: "errorInvalid",
};

export function LoginForm({ notice, demoPassword }: { notice: string | null; demoPassword?: string }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const searchParams = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // After a right password on an account with a second factor, the form asks for the code.
  const [needsOtp, setNeedsOtp] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signInWithCredentials({
      username: String(form.get("username") ?? "").trim(),
      password: String(form.get("password") ?? ""),
      otp: String(form.get("otp") ?? ""),
    });
    if (result.ok) {
      const next = searchParams.get("callbackUrl");
      // Only same-site paths: an open redirect would let a link send a fresh login elsewhere.
      router.replace(next?.startsWith("/") && !next.startsWith("//") ? next : "/");
      router.refresh();
      return;
    }
    setPending(false);
    if (result.error === "OTP_REQUIRED") {
      setNeedsOtp(true);
      setError(null);
      return;
    }
    setError(t(ERROR_KEYS[result.error ?? ""] ?? "errorGeneric"));
  }

  return (
    <form onSubmit={submit} className="grid gap-4">
      {notice && !error ? <Alert variant="info">{notice}</Alert> : null}
      {error ? (
        <Alert variant="error" data-testid="login-error">
          {error}
        </Alert>
      ) : null}
      <FormField label={t("username")} htmlFor="username">
        <Input id="username" name="username" autoComplete="username" autoCapitalize="none" required autoFocus />
      </FormField>
      <FormField label={t("password")} htmlFor="password">
        <Input id="password" name="password" type="password" autoComplete="current-password" required />
      </FormField>
      {needsOtp ? (
        <FormField label={t("otp")} htmlFor="otp" hint={t("otpHint")}>
          <Input id="otp" name="otp" inputMode="numeric" autoComplete="one-time-code" required autoFocus aria-describedby="otp-hint" />
        </FormField>
      ) : null}
      <Button type="submit" pending={pending} className="w-full">
        {pending ? t("submitting") : t("submit")}
      </Button>
      {demoPassword ? (
        <p className="text-xs text-muted-foreground" data-testid="demo-accounts">
          {t("demoAccounts", { password: demoPassword })}：party-office、leader、secretary-01 … secretary-08、sys-admin、sec-admin、audit-admin
        </p>
      ) : null}
    </form>
  );
}
