/**
 * Joining from a phone: the code from the projector (filled in from the QR link), a name and,
 * optionally, the person's region. The code is traded for a token at the node that served the page.
 */
import { Alert, Button, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AREA_PRESETS } from '../../../../shared/model/presets';
import { JoinCode, type JoinResult } from '../../../../shared/sync/fgd-hosting';
import { regionLabel } from '../../data/catalog-store';
import { type Failure, joinSession, problemKey } from '../hosting/hosting-client';

/** Member regions of every known area, once each, by name: a person picks where they come from. */
function regionOptions(): { value: string; label: string }[] {
  const codes = new Set(AREA_PRESETS.flatMap((preset) => preset.members));
  return [...codes]
    .map((code) => ({ value: code, label: regionLabel(code) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'id'));
}

export function JoinForm({
  base,
  initialCode,
  onJoined,
}: {
  /** http(s) origin of the node that served this page. */
  base: string;
  initialCode: string;
  onJoined: (join: JoinResult) => void;
}) {
  const { t } = useTranslation();
  const regions = useMemo(regionOptions, []);
  const [code, setCode] = useState(initialCode);
  const [name, setName] = useState('');
  const [region, setRegion] = useState<string | null>(null);
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);

  const codeError = checked && !JoinCode.safeParse(code).success ? t('fgdJoin.codeInvalid') : null;
  const nameError = checked && name.trim() === '' ? t('fgdJoin.nameRequired') : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!JoinCode.safeParse(code).success || name.trim() === '') return;
    setBusy(true);
    setFailure(null);
    const answer = await joinSession(base, { code, name: name.trim(), region });
    setBusy(false);
    if (answer.ok) onJoined(answer.value);
    else setFailure(answer);
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {t('fgdJoin.pageTitle')}
          </Title>
          <Text>{t('fgdJoin.intro')}</Text>
        </Stack>
        {failure && (
          <Alert color="red" variant="light" role="alert" data-testid="fgd-join-error">
            {failure.problem === 'tooManyTries' && failure.retryAfter !== undefined
              ? t('fgdHosting.tooManyTriesWait', { seconds: failure.retryAfter })
              : t(problemKey(failure.problem))}
          </Alert>
        )}
        <TextInput
          size="lg"
          label={t('fgdJoin.code')}
          description={t('fgdJoin.codeHint')}
          value={code}
          onChange={(event) => setCode(event.currentTarget.value.replace(/\D/g, '').slice(0, 6))}
          error={codeError}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          required
          styles={{ input: { fontFamily: 'monospace', fontSize: 28, letterSpacing: '0.2em' } }}
        />
        <TextInput
          size="lg"
          label={t('fgdJoin.name')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={nameError}
          autoComplete="name"
          maxLength={120}
          required
        />
        <Select
          size="lg"
          label={t('fgdJoin.region')}
          placeholder={t('fgdJoin.regionPlaceholder')}
          data={regions}
          value={region}
          onChange={setRegion}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': t('fgdJoin.regionClear') }}
          comboboxProps={{ withinPortal: true }}
        />
        <Button type="submit" size="lg" fullWidth loading={busy}>
          {t('fgdJoin.submit')}
        </Button>
      </Stack>
    </form>
  );
}
