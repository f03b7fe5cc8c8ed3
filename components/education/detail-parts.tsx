import type { ReactNode } from "react";
import Link from "next/link";
import { Pencil } from "lucide-react";
import { AttachmentPanel, type AttachmentItem } from "@/components/attachments/attachment-panel";
import { DeleteRecordButton } from "@/components/records/delete-record-button";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { RecordType } from "@/lib/records/registry";

/** A titled section of a record's page. */
export function DetailCard({ title, action, children }: { title: ReactNode; action?: ReactNode; children: ReactNode }) {
  return (
    <Card className="gap-3 sm:gap-4">
      <CardHeader className="flex flex-row items-center justify-between gap-2">
        <CardTitle className="text-base sm:text-base">{title}</CardTitle>
        {action}
      </CardHeader>
      <CardContent>{children}</CardContent>
    </Card>
  );
}

/** Label–value pairs of a record; empty values are left out. */
export function Facts({ items }: { items: { label: ReactNode; value: ReactNode }[] }) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
      {items
        .filter((item) => item.value !== null && item.value !== undefined && item.value !== "")
        .map((item, index) => (
          <div key={index} className="contents">
            <dt className="text-muted-foreground">{item.label}</dt>
            <dd className="min-w-0 break-words">{item.value}</dd>
          </div>
        ))}
    </dl>
  );
}

/** Long free text (minutes, content) as typed, line breaks kept. */
export function LongText({ children }: { children: string }) {
  return <p className="text-sm leading-relaxed whitespace-pre-wrap">{children}</p>;
}

export function EditLink({ href, label }: { href: string; label: string }) {
  return (
    <Button asChild variant="outline" size="sm">
      <Link href={href}>
        <Pencil aria-hidden />
        {label}
      </Link>
    </Button>
  );
}

/** A record's evidence files (sign-in sheets, photos, documents), uploadable by whoever may edit it. */
export function EvidenceCard({ type, id, attachments, canEdit }: { type: RecordType; id: string; attachments: AttachmentItem[]; canEdit: boolean }) {
  return (
    <Card>
      <CardContent>
        <AttachmentPanel recordType={type} recordId={id} initial={attachments} canEdit={canEdit} />
      </CardContent>
    </Card>
  );
}

/** Edit and delete for a record's page, when the user may change it. */
export function RecordActions({ type, id, name, editHref, listHref, editLabel }: { type: RecordType; id: string; name: string; editHref: string; listHref: string; editLabel: string }) {
  return (
    <>
      <EditLink href={editHref} label={editLabel} />
      <DeleteRecordButton type={type} id={id} name={name} redirectTo={listHref} />
    </>
  );
}
