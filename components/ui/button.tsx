import type { ComponentProps } from "react";
import { Slot } from "radix-ui";
import type { VariantProps } from "class-variance-authority";

import { buttonVariants } from "./button-variants";
import { cn } from "./cn";
import { Spinner } from "./spinner";

export { buttonVariants };

export type ButtonProps = ComponentProps<"button"> &
  VariantProps<typeof buttonVariants> & {
    /** Render the single child element (e.g. a Link) with button styling. */
    asChild?: boolean;
    /** Show a spinner and disable the button (e.g. while a form submits). */
    pending?: boolean;
  };

export function Button({
  className,
  variant,
  size,
  asChild = false,
  pending = false,
  disabled,
  children,
  ...props
}: ButtonProps) {
  const isDisabled = Boolean(disabled || pending);
  const spinner = pending ? <Spinner /> : null;

  if (asChild) {
    return (
      <Slot.Root
        data-slot="button"
        aria-disabled={isDisabled || undefined}
        aria-busy={pending || undefined}
        tabIndex={isDisabled ? -1 : undefined}
        className={cn(buttonVariants({ variant, size }), className)}
        {...props}
      >
        {spinner}
        <Slot.Slottable>{children}</Slot.Slottable>
      </Slot.Root>
    );
  }

  return (
    <button
      data-slot="button"
      disabled={isDisabled}
      aria-busy={pending || undefined}
      className={cn(buttonVariants({ variant, size }), className)}
      {...props}
    >
      {spinner}
      {pending && size === "icon" ? <span className="sr-only">{children}</span> : children}
    </button>
  );
}
