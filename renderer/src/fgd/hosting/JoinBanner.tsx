/**
 * How the room joins, for the projector: the 6-digit code in big digits, the QR code and the join
 * address. Shows nothing while the session is not hosted (the projector then shows just the step).
 */
import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { JoinQr } from './JoinQr';
import { useHosting } from './use-hosting';

/** "123456" → "123 456": two groups of three are easier to read from the back of a room. */
export function spacedCode(code: string): string {
  return `${code.slice(0, 3)} ${code.slice(3)}`;
}

/** `room` is the FGD document name (`<area>/fgd/<id>`, SyncedDoc.name). */
export function JoinBanner({ room }: { room: string }) {
  const { t } = useTranslation();
  const { state } = useHosting(room);
  if (!state) return null;
  const url = state.joinUrls[0] ?? '';
  // People type the address without the code (they enter it on the form); the QR code carries both.
  const typed = url.replace(/\?kode=\d+$/, '');
  return (
    <Stack
      component="section"
      aria-label={t('fgdHosting.banner.label')}
      data-testid="fgd-join-banner"
      gap="sm"
      align="center"
      p="lg"
      bg="white"
      c="black"
      ta="center"
      style={{ borderRadius: 'var(--mantine-radius-md)' }}
    >
      <Title order={2} size="h3" c="black">
        {t('fgdHosting.banner.title')}
      </Title>
      <JoinQr url={url} label={t('fgdHosting.qrLabel', { url })} size="min(32vh, 240px)" />
      <Text size="lg" c="black" lh={1.3}>
        {t('fgdHosting.banner.open')}
        <br />
        <Text
          component="span"
          fw={700}
          ff="monospace"
          c="black"
          data-testid="fgd-join-url"
          style={{ wordBreak: 'break-all' }}
        >
          {typed}
        </Text>
      </Text>
      <Text size="lg" c="black">
        {t('fgdHosting.banner.code')}
      </Text>
      <Text
        fw={800}
        ff="monospace"
        c="black"
        data-testid="fgd-join-code"
        aria-label={t('fgdHosting.codeLabel', { code: state.code.split('').join(' ') })}
        // One line, sized by the screen: legible from the back of the room, never split in two.
        style={{
          fontSize: 'clamp(2.5rem, 9vmin, 6rem)',
          lineHeight: 1,
          letterSpacing: '0.06em',
          whiteSpace: 'nowrap',
        }}
      >
        {spacedCode(state.code)}
      </Text>
    </Stack>
  );
}
