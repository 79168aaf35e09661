/**
 * A page for the room's projector, outside the app's frame: the document once it is there, a spinner
 * while it loads, a message where there is no such document. Esc, or the small "Keluar" in a corner,
 * leaves it.
 */
import { Button, Center, Loader } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { type ReactNode, useEffect } from 'react';
import classes from './projector.module.css';

export function ProjectorScreen({
  status,
  onExit,
  labels,
  classNames,
  children,
}: {
  status: 'loading' | 'missing' | 'ready';
  /** Stable across renders (the Esc listener is bound to it). */
  onExit: () => void;
  labels: { loading: string; missing: string; exit: string };
  /** The page's own sizes, composed over the shared `screen` and `message` classes. */
  classNames: { screen?: string; message?: string };
  /** The document, shown once `status` is 'ready'. */
  children: ReactNode;
}) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onExit();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onExit]);

  return (
    <main className={classNames.screen}>
      {status === 'ready' ? (
        children
      ) : status === 'missing' ? (
        <div className={classNames.message}>
          <p>{labels.missing}</p>
          <ProjectorExitButton label={labels.exit} onExit={onExit} />
        </div>
      ) : (
        <Center h="100vh" role="status" aria-label={labels.loading}>
          <Loader size="lg" color="gray.3" />
        </Center>
      )}
    </main>
  );
}

/** Small, in the footer's corner: the room reads the screen, the facilitator finds the way out. */
export function ProjectorExitButton({ label, onExit }: { label: string; onExit: () => void }) {
  return (
    <Button
      variant="subtle"
      color="gray.3"
      size="compact-sm"
      className={classes.exit}
      leftSection={<IconX size={14} aria-hidden="true" />}
      onClick={onExit}
      aria-keyshortcuts="Escape"
    >
      {label}
    </Button>
  );
}
