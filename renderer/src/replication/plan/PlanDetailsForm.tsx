/**
 * The plan's details for its editors: facilitator, adaptation, budget, RPJMD/Renstra reference,
 * risks and the support asked of the source region. Checked with the model's schema on leaving a
 * field and on save; a save sends only the keys that changed. While the form is open, a colleague's
 * save shows up in the fields this person has not touched, and leaving with unsaved input is asked.
 */
import {
  Autocomplete,
  Box,
  Button,
  Group,
  NumberInput,
  Radio,
  SimpleGrid,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../../../shared/i18n/index';
import { BUDGET_SOURCES, updateReplicationPlan } from '../../../../shared/model/replication-plan';
import { useMessageText } from '../../app/use-message';
import { type FieldErrors, fieldErrors, withFieldChecked } from '../../catalog/form-errors';
import { inputId } from '../../catalog/form-parts';
import { SectionCard } from '../../catalog/SectionCard';
import { UnsavedChangesGuard } from '../../catalog/UnsavedChangesGuard';
import type { PlanView } from '../plan-view';
import {
  type DetailKey,
  detailsInput,
  detailsPatch,
  detailsValuesOf,
  differingDetails,
  followRemoteDetails,
  PlanDetails,
  type PlanDetailsValues,
} from './plan-details-values';
import { usePlanCommand } from './use-plan-command';

const id = (path: string) => inputId(`details.${path}`);

export function PlanDetailsForm({ view }: { view: PlanView }) {
  const { t } = useTranslation();
  const messageText = useMessageText();
  const { plan } = view;
  const run = usePlanCommand(plan.adopterCode);
  const [base, setBase] = useState(() => ({ plan, values: detailsValuesOf(plan) }));
  const [values, setValues] = useState<PlanDetailsValues>(base.values);
  const valuesRef = useRef(values);
  valuesRef.current = values;
  const [errors, setErrors] = useState<FieldErrors>({});
  const [focusRequest, setFocusRequest] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  // The plan changed (a colleague, another window, or this form's own save): untouched fields follow.
  if (plan !== base.plan) {
    const remote = detailsValuesOf(plan);
    setValues(followRemoteDetails(values, base.values, remote));
    setBase({ plan, values: remote });
  }

  useEffect(() => {
    if (focusRequest === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  const dirty = differingDetails(values, base.values).length > 0;
  const say = (message: Message | undefined) => (message === undefined ? undefined : messageText(message));
  const issuesOf = (next: PlanDetailsValues) => {
    const parsed = PlanDetails.safeParse(detailsInput(next));
    return parsed.success ? [] : parsed.error.issues;
  };
  const hasErrorUnder = (prefix: string) =>
    Object.keys(errors).some((path) => path === prefix || path.startsWith(`${prefix}.`));

  const change = <K extends DetailKey>(key: K, value: PlanDetailsValues[K]) => {
    const next = { ...valuesRef.current, [key]: value };
    valuesRef.current = next;
    setValues(next);
    // A field already marked wrong is checked as the person types, so the mark goes once it is right.
    if (hasErrorUnder(key)) setErrors((current) => withFieldChecked(current, key, issuesOf(next)));
  };
  const checkOnBlur = (path: string) => {
    const [key] = path.split('.');
    const touched = differingDetails(valuesRef.current, base.values).some((name) => name === key);
    if (!touched && !hasErrorUnder(path)) return;
    setErrors((current) => withFieldChecked(current, path, issuesOf(valuesRef.current)));
  };
  /** The props every input shares: id, error, blur check. */
  const field = (path: string) => ({
    id: id(path),
    error: say(errors[path]),
    onBlur: () => checkOnBlur(path),
  });
  const text = (key: 'facilitator' | 'rpjmdReference' | 'risks' | 'supportRequested') => ({
    ...field(key),
    value: values[key],
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      change(key, event.currentTarget.value),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = PlanDetails.safeParse(detailsInput(values));
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error.issues));
      setFocusRequest((count) => count + 1);
      return;
    }
    setErrors({});
    const patch = detailsPatch(parsed.data, plan);
    if (Object.keys(patch).length === 0) return;
    run((doc, ctx) => updateReplicationPlan(doc, plan.adopterCode, plan.id, patch, ctx), {
      failed: t('plan.details.saveFailed'),
      done: t('plan.details.saved'),
    });
  };

  return (
    <SectionCard title={t('plan.details.title')}>
      <UnsavedChangesGuard when={dirty} />
      <Box
        component="form"
        ref={formRef}
        onSubmit={submit}
        noValidate
        aria-label={t('plan.details.title')}
        // Mantine's default error red is too light for small text on white (WCAG contrast).
        style={{ '--mantine-color-error': 'var(--mantine-color-red-9)' }}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="md">
          <TextInput
            {...text('facilitator')}
            label={t('plan.field.facilitator')}
            description={t('plan.hint.facilitator')}
          />
          <Radio.Group
            label={t('plan.field.adaptation')}
            description={t('plan.hint.adaptation')}
            value={values.adaptation}
            onChange={(value) => change('adaptation', value === 'sebagian' ? 'sebagian' : 'utuh')}
          >
            <Group gap="lg" mt={8}>
              <Radio value="utuh" label={t('plan.adaptationChoice.utuh')} />
              <Radio value="sebagian" label={t('plan.adaptationChoice.sebagian')} />
            </Group>
          </Radio.Group>
          <NumberInput
            {...field('budget.amount')}
            label={t('plan.field.budgetAmount')}
            description={t('plan.hint.budgetAmount')}
            value={values.budget.amount}
            onChange={(value) => change('budget', { ...valuesRef.current.budget, amount: value })}
            leftSection="Rp"
            thousandSeparator="."
            decimalSeparator=","
            allowDecimal={false}
            allowNegative={false}
            hideControls
          />
          <Autocomplete
            {...field('budget.source')}
            label={t('plan.field.budgetSource')}
            description={t('plan.hint.budgetSource')}
            data={[...BUDGET_SOURCES]}
            value={values.budget.source}
            onChange={(value) => change('budget', { ...valuesRef.current.budget, source: value })}
          />
        </SimpleGrid>
        <TextInput
          {...text('rpjmdReference')}
          mt="md"
          label={t('plan.field.rpjmdReference')}
          description={t('plan.hint.rpjmdReference')}
        />
        <Textarea {...text('risks')} mt="md" label={t('plan.field.risks')} autosize minRows={2} maxRows={8} />
        <Textarea
          {...text('supportRequested')}
          mt="md"
          label={t('plan.field.supportRequested')}
          description={t('plan.hint.supportRequested')}
          autosize
          minRows={2}
          maxRows={8}
        />
        <Group justify="space-between" gap="sm" mt="lg">
          {Object.keys(errors).length > 0 ? (
            <Text size="sm" c="red.9" role="alert">
              {t('plan.details.fixErrors', { count: Object.keys(errors).length })}
            </Text>
          ) : (
            <Text size="sm" c={dirty ? 'orange.9' : 'dimmed'} fw={dirty ? 600 : undefined}>
              {dirty ? t('plan.details.unsaved') : t('plan.details.noChanges')}
            </Text>
          )}
          <Group gap="sm" ml="auto">
            {dirty && (
              <Button
                variant="default"
                onClick={() => {
                  setValues(base.values);
                  setErrors({});
                }}
              >
                {t('plan.details.discard')}
              </Button>
            )}
            <Button type="submit" leftSection={<IconDeviceFloppy size={18} />} disabled={!dirty}>
              {t('plan.details.save')}
            </Button>
          </Group>
        </Group>
      </Box>
    </SectionCard>
  );
}
