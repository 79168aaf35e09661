/**
 * Keeps the frame (header, navigation, sync status) when one screen fails — a screen's code that
 * could not be fetched, or a bug — and says so, instead of leaving a blank window. Nothing is lost:
 * documents live outside the screens.
 */
import { Alert, Button, Stack, Text } from '@mantine/core';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** Changing it (e.g. the route) clears the error: the person moved on. */
  resetKey: string;
  children: ReactNode;
}

export class ScreenErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('screen failed', error, info.componentStack);
  }

  override componentDidUpdate(previous: Props): void {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.setState({ failed: false });
  }

  override render(): ReactNode {
    return this.state.failed ? <ScreenFailed /> : this.props.children;
  }
}

function ScreenFailed() {
  const { t } = useTranslation();
  return (
    <Alert color="red" title={t('shell.screenFailedTitle')} maw={640} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('shell.screenFailedBody')}</Text>
        <Button variant="light" color="red.9" onClick={() => window.location.reload()}>
          {t('shell.reload')}
        </Button>
      </Stack>
    </Alert>
  );
}
