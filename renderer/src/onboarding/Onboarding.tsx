/**
 * First start: area, identity, sync, and (for the KSPN preset) demo data, one step at a time. Each
 * step checks its own fields before the next opens; the profile is validated once more as a whole
 * before it is handed over, so the app never opens with a profile it would later refuse to load.
 */
import {
  Alert,
  Box,
  Button,
  Checkbox,
  Container,
  Flex,
  Group,
  Paper,
  Stack,
  Stepper,
  Text,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconArrowLeft, IconArrowRight, IconCheck } from '@tabler/icons-react';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RembugHost } from '../../../shared/host';
import { DEMO_AREA_ID } from '../data/demo';
import { areaPreset, Profile } from '../data/profile';
import { LogoMark } from '../shell/LogoMark';
import {
  AreaChoiceStep,
  type AreaDraft,
  areaChoiceOf,
  draftMembers,
  initialAreaDraft,
} from './AreaChoiceStep';
import { OnboardingSummary } from './OnboardingSummary';
import {
  effectiveRegion,
  hasErrors,
  type IdentityDraft,
  identityErrors,
  ProfileFields,
} from './ProfileFields';
import { SyncChoice } from './SyncChoice';
import { initialHubDraft, useHubDraft } from './use-hub-draft';

export interface OnboardingProps {
  host: RembugHost;
  onDone: (profile: Profile, options: { loadDemo: boolean }) => void;
}

const STEPS = [
  'onboarding.stepArea',
  'onboarding.stepIdentity',
  'onboarding.stepSync',
  'onboarding.stepFinish',
] as const;
const LAST_STEP = STEPS.length - 1;

export function Onboarding({ host, onDone }: OnboardingProps) {
  const { t } = useTranslation();
  const narrow = useMediaQuery('(max-width: 36em)') ?? false;
  const [active, setActive] = useState(0);
  /** Steps whose "Lanjut" was pressed: only there do empty fields count as mistakes. */
  const [tried, setTried] = useState<ReadonlySet<number>>(new Set());
  const [area, setArea] = useState<AreaDraft>(initialAreaDraft);
  const [identity, setIdentity] = useState<IdentityDraft>({
    name: '',
    region: undefined,
    role: 'regionEditor',
  });
  const [loadDemo, setLoadDemo] = useState(false);
  const [invalid, setInvalid] = useState<string | null>(null);

  const areaResult = areaChoiceOf(area);
  const choice = 'choice' in areaResult ? areaResult.choice : null;
  const areaId = choice?.kind === 'preset' ? choice.presetId : (choice?.id ?? '');
  const members = draftMembers(area);
  const hub = useHubDraft(areaId, () => initialHubDraft(null));
  const idErrors = identityErrors(identity, members);
  const demoOffered = choice?.kind === 'preset' && choice.presetId === DEMO_AREA_ID;

  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: active is the trigger: a new step's title.
  useEffect(() => {
    // Moving to another step moves keyboard and screen-reader focus to its title.
    if (firstRender.current) firstRender.current = false;
    else heading.current?.focus();
  }, [active]);

  const stepValid = (step: number): boolean => {
    if (step === 0) return choice !== null;
    if (step === 1) return !hasErrors(idErrors);
    if (step === 2) return hub.saveable !== undefined;
    return true;
  };

  const finish = () => {
    const region = effectiveRegion(identity, members);
    const parsed = Profile.safeParse({
      area: choice,
      name: identity.name.trim(),
      region: region ?? null,
      role: identity.role,
      hub: hub.saveable,
    });
    if (!parsed.success || !areaPreset(parsed.data.area)) {
      // Every step was checked, so this is a bug; say so rather than open a session that fails later.
      console.error('onboarding produced an invalid profile', parsed.error);
      setInvalid(parsed.error?.message ?? 'unknown area');
      return;
    }
    onDone(parsed.data, { loadDemo: demoOffered && loadDemo });
  };

  const next = () => {
    setTried((steps) => new Set(steps).add(active));
    if (!stepValid(active)) return;
    if (active === LAST_STEP) finish();
    else setActive(active + 1);
  };

  const stepTitle = (title: string, hint?: string): ReactNode => (
    <Stack gap={4} mb="md">
      {narrow && (
        <Text size="xs" c="dimmed" fw={600} tt="uppercase">
          {t('onboarding.stepOf', { step: active + 1, total: STEPS.length })}
        </Text>
      )}
      <Title order={2} size="h4" ref={heading} tabIndex={-1} style={{ outline: 'none' }}>
        {title}
      </Title>
      {hint && (
        <Text size="sm" c="dimmed">
          {hint}
        </Text>
      )}
    </Stack>
  );

  const content: ReactNode[] = [
    <>
      {stepTitle(t('onboarding.areaTitle'), t('onboarding.areaHint'))}
      <AreaChoiceStep
        value={area}
        onChange={setArea}
        errors={tried.has(0) && 'errors' in areaResult ? areaResult.errors : null}
      />
    </>,
    <>
      {stepTitle(t('onboarding.identityTitle'), t('onboarding.identityHint'))}
      <ProfileFields
        members={members}
        value={identity}
        onChange={setIdentity}
        errors={tried.has(1) ? idErrors : null}
      />
    </>,
    <>
      {stepTitle(t('onboarding.syncTitle'))}
      <SyncChoice host={host} control={hub} showTestNeeded={tried.has(2)} />
    </>,
    <>
      {stepTitle(t('onboarding.finishTitle'))}
      <Stack gap="lg">
        <OnboardingSummary
          host={host}
          area={choice}
          identity={identity}
          members={members}
          hub={hub.saveable}
        />
        {demoOffered && (
          <Checkbox
            label={t('onboarding.demo')}
            description={t('onboarding.demoHint')}
            checked={loadDemo}
            onChange={(event) => setLoadDemo(event.currentTarget.checked)}
          />
        )}
        {invalid !== null && <Alert color="red">{t('onboarding.invalidProfile', { detail: invalid })}</Alert>}
      </Stack>
    </>,
  ];

  return (
    <Box component="main" mih="100dvh" py={{ base: 'sm', sm: 48 }} px={{ base: 'xs', sm: 'md' }}>
      <Container size={680} p={0}>
        <Paper withBorder shadow="sm" radius="lg" p={{ base: 'md', sm: 'xl' }}>
          <Group gap="md" wrap="nowrap" mb="xl" align="center">
            <Box style={{ flex: 'none', lineHeight: 0 }}>
              <LogoMark size={narrow ? 40 : 52} />
            </Box>
            <Stack gap={2} miw={0}>
              <Title order={1} size={narrow ? 'h3' : 'h2'}>
                {t('onboarding.title')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('onboarding.subtitle')}
              </Text>
            </Stack>
          </Group>
          <Stepper active={active} onStepClick={setActive} allowNextStepsSelect={false} size="sm">
            {STEPS.map((key, index) => (
              <Stepper.Step key={key} label={narrow ? undefined : t(key)} aria-label={t(key)}>
                {content[index]}
              </Stepper.Step>
            ))}
          </Stepper>
          {/* On a phone the buttons go full width, the way forward on top where the thumb is. */}
          <Flex
            mt="xl"
            gap="sm"
            direction={narrow ? 'column-reverse' : 'row'}
            justify="space-between"
            align={narrow ? 'stretch' : 'center'}
          >
            {active > 0 ? (
              <Button
                variant="default"
                leftSection={<IconArrowLeft size={18} />}
                onClick={() => setActive(active - 1)}
              >
                {t('onboarding.back')}
              </Button>
            ) : (
              // Keeps "Lanjut" on the right on wide screens.
              !narrow && <span />
            )}
            <Button
              onClick={next}
              rightSection={active === LAST_STEP ? <IconCheck size={18} /> : <IconArrowRight size={18} />}
            >
              {active === LAST_STEP ? t('onboarding.finish') : t('onboarding.next')}
            </Button>
          </Flex>
        </Paper>
      </Container>
    </Box>
  );
}
