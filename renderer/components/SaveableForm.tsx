// The <form> around an entity form (donor, household, project, pledge, payment). It leaves
// checking to the form's own schema (noValidate: the browser's bubbles would be in its own
// language and style), and Ctrl+Enter (⌘+Enter on a Mac) saves from anywhere in it, also from
// the multi-line fields, where a plain Enter is a new line.
import type { FormEvent, ReactNode } from 'react';

interface Props {
  /** the form's submit handler, e.g. Mantine's `form.onSubmit(save)`; called without an event for the shortcut */
  onSubmit(event?: FormEvent<HTMLFormElement>): void;
  children: ReactNode;
}

export function SaveableForm({ onSubmit, children }: Props) {
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          onSubmit();
        }
      }}
    >
      {children}
    </form>
  );
}
