/**
 * Asks before a form with unsaved input is left. Under a data router, react-router's useBlocker sees
 * every navigation; the app's HashRouter has none, so there the guard catches clicks on in-app links
 * (navigation, breadcrumbs) and the browser's own unload. Keyboard shortcuts that navigate are not
 * caught there.
 */
import { Button, Group, Modal, Text } from '@mantine/core';
import { useContext, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UNSAFE_DataRouterContext, useBlocker, useNavigate } from 'react-router';

export interface UnsavedChangesGuardProps {
  /** Whether leaving now would lose input. */
  when: boolean;
}

export function UnsavedChangesGuard({ when }: UnsavedChangesGuardProps) {
  const dataRouter = useContext(UNSAFE_DataRouterContext);
  useEffect(() => {
    if (!when) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [when]);
  return dataRouter ? <BlockerPrompt when={when} /> : <LinkClickPrompt when={when} />;
}

function BlockerPrompt({ when }: UnsavedChangesGuardProps) {
  const blocker = useBlocker(when);
  return (
    <LeavePrompt
      opened={blocker.state === 'blocked'}
      onStay={() => blocker.reset?.()}
      onLeave={() => blocker.proceed?.()}
    />
  );
}

function LinkClickPrompt({ when }: UnsavedChangesGuardProps) {
  const navigate = useNavigate();
  const [pending, setPending] = useState<string | null>(null);
  const whenRef = useRef(when);
  whenRef.current = when;
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (!whenRef.current || event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
      const href = anchor?.getAttribute('href');
      if (!anchor || !href?.startsWith('#/') || anchor.getAttribute('target') === '_blank') return;
      // Captured before React sees it, so the link's own handler does not navigate first.
      event.preventDefault();
      event.stopPropagation();
      setPending(href.slice(1));
    };
    window.addEventListener('click', onClick, true);
    return () => window.removeEventListener('click', onClick, true);
  }, []);
  return (
    <LeavePrompt
      opened={pending !== null}
      onStay={() => setPending(null)}
      onLeave={() => {
        const to = pending;
        setPending(null);
        whenRef.current = false;
        if (to !== null) navigate(to);
      }}
    />
  );
}

function LeavePrompt({
  opened,
  onStay,
  onLeave,
}: {
  opened: boolean;
  onStay: () => void;
  onLeave: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onStay} title={t('innovationEdit.leave.title')} centered>
      <Text size="sm">{t('innovationEdit.leave.body')}</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onStay} data-autofocus>
          {t('innovationEdit.leave.stay')}
        </Button>
        <Button color="red" onClick={onLeave}>
          {t('innovationEdit.leave.leave')}
        </Button>
      </Group>
    </Modal>
  );
}
