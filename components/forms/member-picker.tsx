"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Search, UserPlus, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { FormField, fieldProps } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import { useFieldError } from "./action-form";

// Picking people from the roster: a search box that asks the server (GET /api/members, scoped
// to what the user may pick) and a keyboard-driven list of matches. MemberPicker keeps several
// (attendees); MemberNameInput one, or a typed name for someone not on the roster (a speaker).

export interface PickedMember {
  id: string;
  name: string;
  /** The member's branch today, shown to tell namesakes apart. */
  unitName?: string | null;
}

const SEARCH_DELAY_MS = 200;

async function fetchMembers(params: Record<string, string>, signal?: AbortSignal): Promise<PickedMember[]> {
  const response = await fetch(`/api/members?${new URLSearchParams(params)}`, { signal, headers: { accept: "application/json" } });
  const body = (await response.json().catch(() => null)) as { ok: boolean; data?: PickedMember[] } | null;
  return body?.ok && body.data ? body.data : [];
}

/** Matches for what is typed, fetched after a short pause; stale answers are dropped. */
function useMemberSearch(query: string, enabled: boolean) {
  const [results, setResults] = useState<PickedMember[]>([]);
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setLoading(true);
      fetchMembers({ q: query.trim() }, controller.signal)
        .then(setResults)
        .catch(() => {})
        .finally(() => {
          if (!controller.signal.aborted) setLoading(false);
        });
    }, SEARCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, enabled]);
  return { results, loading };
}

interface SuggestionsProps {
  id: string;
  open: boolean;
  query: string;
  results: PickedMember[];
  loading: boolean;
  active: number;
  isSelected?: (member: PickedMember) => boolean;
  onPick: (member: PickedMember) => void;
}

function Suggestions({ id, open, query, results, loading, active, isSelected, onPick }: SuggestionsProps) {
  const t = useTranslations("memberPicker");
  if (!open) return null;
  return (
    <div className="absolute top-full right-0 left-0 z-40 mt-1 max-h-64 overflow-y-auto rounded-md border bg-popover p-1 text-popover-foreground shadow-md">
      {loading && results.length === 0 ? (
        <p className="flex items-center gap-2 px-2 py-2 text-sm text-muted-foreground">
          <Spinner /> {t("searching")}
        </p>
      ) : results.length === 0 ? (
        <p className="px-2 py-2 text-sm text-muted-foreground">{query.trim() ? t("noMatches") : t("typeToSearch")}</p>
      ) : null}
      <ul role="listbox" id={id} aria-label={t("matches")} aria-multiselectable={isSelected ? true : undefined}>
        {results.map((member, index) => {
          const selected = isSelected?.(member) ?? false;
          return (
            <li
              key={member.id}
              id={`${id}-${index}`}
              role="option"
              // A multi-select marks what is picked; a single pick marks the highlighted match.
              aria-selected={isSelected ? selected : index === active}
              data-picked={selected || undefined}
              // mousedown, not click: the input keeps focus and does not close the list first.
              onMouseDown={(event) => {
                event.preventDefault();
                onPick(member);
              }}
              className={cn(
                "flex cursor-pointer items-center justify-between gap-3 rounded-sm px-2 py-2 text-base sm:py-1.5 sm:text-sm",
                index === active && "bg-primary-soft text-primary",
              )}
            >
              <span className="flex min-w-0 items-baseline gap-2">
                <span>{member.name}</span>
                {member.unitName ? <span className="truncate text-xs text-muted-foreground">{member.unitName}</span> : null}
              </span>
              {selected ? <span className="text-xs text-muted-foreground">{t("picked")}</span> : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Arrow keys move through the matches, Enter picks, Escape closes. */
function useListKeys(count: number, onEnter: (index: number) => void, onEscape: () => void) {
  const [active, setActive] = useState(-1);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setActive((index) => (count === 0 ? -1 : (index + 1) % count));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((index) => (count === 0 ? -1 : (index - 1 + count) % count));
    } else if (event.key === "Enter") {
      // Enter never submits the surrounding form from the search box.
      event.preventDefault();
      if (active >= 0 && active < count) onEnter(active);
    } else if (event.key === "Escape") {
      onEscape();
    }
  };
  return { active, setActive, onKeyDown };
}

export interface MemberPreset {
  label: string;
  /** Everyone in this unit on `date` (YYYY-MM-DD, default today) is added. */
  unitId: string;
  date?: string;
}

interface MemberPickerProps {
  /** The form field: the picked ids, comma-separated (see idList() in lib/validation.ts). */
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  defaultValue?: PickedMember[];
  /** Buttons that add a whole unit at once ("本支部全体党员"). */
  presets?: MemberPreset[];
  onChange?: (members: PickedMember[]) => void;
  className?: string;
}

/** A searchable multi-select of roster members. Picked members show as removable chips. */
export function MemberPicker({ name, label, hint, required, defaultValue = [], presets = [], onChange, className }: MemberPickerProps) {
  const t = useTranslations();
  const id = useId();
  const error = useFieldError(name);
  const [picked, setPicked] = useState<PickedMember[]>(defaultValue);
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [loadingPreset, setLoadingPreset] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const { results, loading } = useMemberSearch(query, open);
  const pickedIds = new Set(picked.map((member) => member.id));

  const update = (next: PickedMember[]) => {
    setPicked(next);
    onChange?.(next);
  };
  const toggle = (member: PickedMember) => {
    update(pickedIds.has(member.id) ? picked.filter((other) => other.id !== member.id) : [...picked, member]);
    setQuery("");
  };
  const keys = useListKeys(results.length, (index) => toggle(results[index]), () => setOpen(false));

  async function addPreset(preset: MemberPreset) {
    setLoadingPreset(preset.unitId);
    try {
      const members = await fetchMembers({ unit: preset.unitId, ...(preset.date ? { date: preset.date } : {}) });
      update([...picked, ...members.filter((member) => !pickedIds.has(member.id))]);
    } finally {
      setLoadingPreset(null);
    }
  }

  const listId = `${id}-list`;
  const inputId = `field-${name}`;
  // The search box itself submits nothing: the hidden field carries the picked ids.
  const control = fieldProps(inputId, error, { hint: Boolean(hint) });
  return (
    <FormField label={label} htmlFor={inputId} error={error} hint={hint} required={required} requiredLabel={t("common.required")} className={className}>
      <input type="hidden" name={name} value={picked.map((member) => member.id).join(",")} />
      <div className="grid gap-2">
        <div className="relative">
          <Search aria-hidden className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" />
          <Input
            ref={inputRef}
            id={control.id}
            aria-invalid={control["aria-invalid"]}
            aria-describedby={control["aria-describedby"]}
            role="combobox"
            aria-expanded={open}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={open && keys.active >= 0 ? `${listId}-${keys.active}` : undefined}
            autoComplete="off"
            placeholder={t("memberPicker.searchPlaceholder")}
            value={query}
            className="pl-9"
            onChange={(event) => {
              setQuery(event.target.value);
              setOpen(true);
              keys.setActive(0);
            }}
            onFocus={() => setOpen(true)}
            onBlur={() => setOpen(false)}
            onKeyDown={keys.onKeyDown}
          />
          <Suggestions
            id={listId}
            open={open}
            query={query}
            results={results}
            loading={loading}
            active={keys.active}
            isSelected={(member) => pickedIds.has(member.id)}
            onPick={toggle}
          />
        </div>
        {presets.length ? (
          <div className="flex flex-wrap gap-2">
            {presets.map((preset) => (
              <Button key={preset.unitId} type="button" variant="outline" size="sm" pending={loadingPreset === preset.unitId} onClick={() => addPreset(preset)}>
                <UserPlus aria-hidden />
                {preset.label}
              </Button>
            ))}
            {picked.length ? (
              <Button type="button" variant="ghost" size="sm" onClick={() => update([])}>
                {t("memberPicker.clear")}
              </Button>
            ) : null}
          </div>
        ) : null}
        <p className="text-sm text-muted-foreground" aria-live="polite">
          {t("memberPicker.pickedCount", { count: picked.length })}
        </p>
        {picked.length ? (
          <ul className="flex flex-wrap gap-1.5" aria-label={t("memberPicker.pickedList")}>
            {picked.map((member) => (
              <li key={member.id} className="inline-flex items-center gap-1 rounded-md border bg-secondary py-0.5 pr-0.5 pl-2 text-sm">
                {member.name}
                <button
                  type="button"
                  className="inline-flex size-7 items-center justify-center rounded text-muted-foreground hover:bg-accent hover:text-foreground sm:size-6"
                  aria-label={t("memberPicker.remove", { name: member.name })}
                  onClick={() => {
                    update(picked.filter((other) => other.id !== member.id));
                    inputRef.current?.focus();
                  }}
                >
                  <X aria-hidden className="size-3.5" />
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </FormField>
  );
}

export interface NamedMember {
  memberId: string | null;
  name: string;
}

interface MemberNameInputProps {
  value: NamedMember;
  onChange: (value: NamedMember) => void;
  /** Accessible name of the box (each row of a list labels its own). */
  label: string;
  invalid?: boolean;
  className?: string;
}

/**
 * One person: picked from the roster (then linked to the member) or typed freely for someone
 * not on it — a Party-group leader, a guest. Typing after a pick unlinks the member.
 */
export function MemberNameInput({ value, onChange, label, invalid, className }: MemberNameInputProps) {
  const t = useTranslations("memberPicker");
  const id = useId();
  const [open, setOpen] = useState(false);
  const { results, loading } = useMemberSearch(value.name, open);
  const pick = (member: PickedMember) => {
    onChange({ memberId: member.id, name: member.name });
    setOpen(false);
  };
  const keys = useListKeys(results.length, (index) => pick(results[index]), () => setOpen(false));
  const listId = `${id}-list`;
  return (
    <div className={cn("relative", className)}>
      <Input
        role="combobox"
        aria-label={label}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && keys.active >= 0 ? `${listId}-${keys.active}` : undefined}
        aria-invalid={invalid || undefined}
        autoComplete="off"
        placeholder={t("nameOrSearch")}
        value={value.name}
        maxLength={40}
        className={value.memberId ? "pr-16" : undefined}
        onChange={(event) => {
          onChange({ memberId: null, name: event.target.value });
          setOpen(true);
          keys.setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={keys.onKeyDown}
      />
      {value.memberId ? (
        <span className="pointer-events-none absolute top-1/2 right-2 -translate-y-1/2 rounded bg-success-soft px-1.5 text-xs text-success">{t("onRoster")}</span>
      ) : null}
      <Suggestions id={listId} open={open && value.name.trim().length > 0} query={value.name} results={results} loading={loading} active={keys.active} onPick={pick} />
    </div>
  );
}
