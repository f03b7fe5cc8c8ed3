import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

/** Join class names (clsx) and resolve Tailwind conflicts (tailwind-merge). */
export function cn(...classes: ClassValue[]): string {
  return twMerge(clsx(classes));
}
