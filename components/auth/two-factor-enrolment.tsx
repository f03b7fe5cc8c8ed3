"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/fields";
import { confirmTotpEnrolmentAction, startTotpEnrolmentAction } from "@/lib/account/actions";

type Step = { kind: "start" } | { kind: "scan"; secret: string; svg: string } | { kind: "done"; codes: string[] };

/** Enrolment in three steps: a new secret as a QR code, a code from the app to confirm it, the recovery codes. */
export function TwoFactorEnrolment() {
  const t = useTranslations("twoFactor");
  const router = useRouter();
  const [step, setStep] = useState<Step>({ kind: "start" });
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  if (step.kind === "start") {
    return (
      <div className="grid gap-4">
        {error ? <Alert variant="error">{error}</Alert> : null}
        <p className="text-sm text-muted-foreground">{t("intro")}</p>
        <Button
          pending={pending}
          onClick={() =>
            startTransition(async () => {
              const result = await startTotpEnrolmentAction({});
              if (result.ok) setStep({ kind: "scan", secret: result.data.secret, svg: result.data.svg });
              else setError(result.error);
            })
          }
        >
          {t("start")}
        </Button>
      </div>
    );
  }

  if (step.kind === "scan") {
    return (
      <div className="grid gap-4">
        <p className="text-sm">{t("scan")}</p>
        {/* The SVG is generated on our server from our own otpauth URI. */}
        <div className="mx-auto w-48 rounded border bg-white p-2" role="img" aria-label={t("qrLabel")} dangerouslySetInnerHTML={{ __html: step.svg }} />
        <p className="text-center text-xs text-muted-foreground">
          {t("manual")} <code data-testid="totp-secret" className="font-mono break-all">{step.secret}</code>
        </p>
        <ActionForm
          action={confirmTotpEnrolmentAction}
          schema={() => import("@/lib/account/schema").then((m) => m.totpCodeSchema)}
          onSuccess={(codes) => setStep({ kind: "done", codes: codes as string[] })}
        >
          <TextField name="code" label={t("code")} inputMode="numeric" autoComplete="one-time-code" required />
          <SubmitButton className="w-full">{t("confirm")}</SubmitButton>
        </ActionForm>
      </div>
    );
  }

  return (
    <div className="grid gap-4">
      <Alert variant="success">{t("enabled")}</Alert>
      <p className="text-sm">{t("recoveryIntro")}</p>
      <ul className="grid grid-cols-2 gap-2 font-mono text-sm" data-testid="recovery-codes">
        {step.codes.map((code) => (
          <li key={code} className="rounded bg-muted px-2 py-1 text-center">
            {code}
          </li>
        ))}
      </ul>
      <Button onClick={() => router.replace("/")}>{t("continue")}</Button>
    </div>
  );
}
