/**
 * /katalog/baru and /katalog/:region/:id/ubah: the innovation form for the region's own editors.
 * `/katalog/baru?fgd=…&keputusan=…` starts it from an FGD decision (fgd/console/from-decision.ts).
 * Checked with the model's schema on submit and on leaving a field; an edit sends only the fields it
 * changed, so what colleagues save meanwhile in other fields is kept (and shows up in this form if
 * the person has not touched that field).
 */

import { Alert, Anchor, Box, Breadcrumbs, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconDeviceFloppy } from '@tabler/icons-react';
import { type FormEvent, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { Message } from '../../../shared/i18n/index';
import {
  createInnovation,
  type Innovation,
  InnovationFields,
  updateInnovation,
} from '../../../shared/model/innovation';
import type { CommandResult } from '../../../shared/model/result';
import { useArea, useCatalog } from '../app/hooks';
import { useSession } from '../app/session';
import { useMessageText } from '../app/use-message';
import { useRegionCommand } from '../app/use-region-command';
import { regionLabel } from '../data/catalog-store';
import { decisionSourceOf } from '../fgd/console/from-decision';
import { InnovationFromDecision } from '../fgd/console/InnovationFromDecision';
import { type FieldErrors, fieldErrors, withFieldChecked } from './form-errors';
import { InnovationForm } from './InnovationForm';
import { InnovationLoading, InnovationNotFound, NotAllowed } from './InnovationStates';
import { createAccess, editAccess } from './innovation-access';
import {
  changedFields,
  differingFields,
  emptyFormValues,
  type FieldName,
  fieldsInput,
  followRemote,
  formValuesOf,
  type InnovationFormValues,
  newInnovationId,
} from './innovation-form-values';
import { UnsavedChangesGuard } from './UnsavedChangesGuard';
import { useRegionSettled } from './use-region-settled';

export function InnovationEditPage({ mode }: { mode: 'create' | 'edit' }) {
  const { region = '', id = '' } = useParams();
  return mode === 'create' ? <CreateInnovation /> : <EditInnovation regionCode={region} id={id} />;
}

/** Where a new innovation's first values come from, when not an empty form (e.g. an FGD decision). */
export interface InnovationOrigin {
  values: Partial<InnovationFormValues>;
  /** Shown above the form: where its values came from and what saving will do. */
  notice: ReactNode;
  /** Runs once the new innovation is saved; says where to go next (null: the innovation's page). */
  onCreated: (id: string) => string | null;
}

function CreateInnovation() {
  const { t } = useTranslation();
  const { profile, workspace } = useSession();
  const [params] = useSearchParams();
  const source = decisionSourceOf(params);
  const access = createAccess(profile, (code) => workspace.region(code) !== undefined);
  if (!access.allowed) {
    return (
      <NotAllowed
        title={t('innovationEdit.cannotCreate')}
        reason={
          access.reason === 'notMember' && profile.region !== null
            ? t('innovationAccess.notMember', { region: regionLabel(profile.region) })
            : t('innovationAccess.createEditorsOnly')
        }
        backTo="/katalog"
      />
    );
  }
  if (source) {
    return (
      <InnovationFromDecision source={source} regionCode={access.regionCode}>
        {(origin) => <InnovationEditor regionCode={access.regionCode} existing={null} origin={origin} />}
      </InnovationFromDecision>
    );
  }
  return <InnovationEditor regionCode={access.regionCode} existing={null} />;
}

function EditInnovation({ regionCode, id }: { regionCode: string; id: string }) {
  const { t } = useTranslation();
  const { profile } = useSession();
  const snapshot = useCatalog();
  const settled = useRegionSettled(regionCode);
  const entry = snapshot.byKey.get(`${regionCode}/${id}`);
  if (!entry) return settled ? <InnovationNotFound /> : <InnovationLoading />;
  if (!editAccess(profile, regionCode).allowed) {
    return (
      <NotAllowed
        title={t('innovationEdit.cannotEdit')}
        reason={t('innovationAccess.editOnly', { region: entry.regionName })}
        backTo={`/katalog/${regionCode}/${id}`}
      />
    );
  }
  return <InnovationEditor regionCode={regionCode} existing={entry.innovation} />;
}

/** What a save did: the entry's id, and whether anything was written. */
interface Saved {
  id: string;
  changed: boolean;
}

function InnovationEditor({
  regionCode,
  existing,
  origin = null,
}: {
  regionCode: string;
  existing: Innovation | null;
  origin?: InnovationOrigin | null;
}) {
  const { t } = useTranslation();
  const messageText = useMessageText();
  const navigate = useNavigate();
  const { ctx } = useSession();
  const inRegion = useRegionCommand();
  const area = useArea();
  const snapshot = useCatalog();

  const [base, setBase] = useState<{ fields: Innovation | null; values: InnovationFormValues }>(() => ({
    fields: existing,
    values: existing ? formValuesOf(existing) : emptyFormValues(),
  }));
  // Values from an origin are the person's unsaved input: leaving asks first, as for typed ones.
  const [values, setValues] = useState<InnovationFormValues>(() =>
    origin ? { ...base.values, ...origin.values } : base.values,
  );
  const valuesRef = useRef(values);
  valuesRef.current = values;
  const [errors, setErrors] = useState<FieldErrors>({});
  const [refusal, setRefusal] = useState<Message | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const [saved, setSaved] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  // Someone else saved this innovation while the form is open: untouched fields follow.
  if (existing !== null && existing !== base.fields) {
    const remote = formValuesOf(existing);
    setValues(followRemote(values, base.values, remote));
    setBase({ fields: existing, values: remote });
  }

  useEffect(() => {
    if (focusRequest === 0) return;
    const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    first?.focus();
    first?.scrollIntoView({ block: 'center' });
  }, [focusRequest]);

  const suggestions = useMemo(() => {
    const urusan = new Set<string>();
    const tags = new Set<string>();
    for (const { innovation } of snapshot.entries) {
      urusan.add(innovation.urusan);
      for (const irisan of innovation.urusanIrisan) urusan.add(irisan);
      for (const tag of innovation.tags) tags.add(tag);
    }
    const sorted = (set: Set<string>) => [...set].sort((a, b) => a.localeCompare(b, 'id'));
    return { urusan: sorted(urusan), tags: sorted(tags) };
  }, [snapshot.entries]);

  const dirty = !saved && differingFields(values, base.values).length > 0;
  const errorCount = Object.keys(errors).length;

  const issuesOf = (next: InnovationFormValues) => {
    const parsed = InnovationFields.safeParse(fieldsInput(next));
    return parsed.success ? [] : parsed.error.issues;
  };
  const hasErrorUnder = (prefix: string) =>
    Object.keys(errors).some((path) => path === prefix || path.startsWith(`${prefix}.`));

  const change = <K extends FieldName>(field: K, value: InnovationFormValues[K]) => {
    const next = { ...valuesRef.current, [field]: value };
    valuesRef.current = next;
    setValues(next);
    // A field already marked wrong is checked as the person types, so the mark goes once it is right.
    if (hasErrorUnder(field)) setErrors((current) => withFieldChecked(current, field, issuesOf(next)));
  };

  const checkOnBlur = (path: string) => {
    const [field] = path.split('.');
    const touched = differingFields(valuesRef.current, base.values).some((name) => name === field);
    if (!touched && !hasErrorUnder(path)) return;
    setErrors((current) => withFieldChecked(current, path, issuesOf(valuesRef.current)));
  };

  /** Saves and says what happened. */
  const save = (fields: InnovationFields): CommandResult<Saved> =>
    inRegion<Saved>(regionCode, (doc) => {
      if (base.fields !== null) {
        const id = base.fields.id;
        const patch = changedFields(fields, base.fields);
        if (Object.keys(patch).length === 0) return { ok: true, value: { id, changed: false } };
        const result = updateInnovation(doc, regionCode, id, patch, ctx);
        return result.ok ? { ok: true, value: { id, changed: true } } : result;
      }
      let result = createInnovation(doc, regionCode, newInnovationId(fields.name), fields, ctx);
      // The id's random part makes a clash unlikely; one more draw makes it negligible.
      if (!result.ok && result.error.key === 'error.duplicateId') {
        result = createInnovation(doc, regionCode, newInnovationId(fields.name), fields, ctx);
      }
      return result.ok ? { ok: true, value: { id: result.value, changed: true } } : result;
    });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setRefusal(null);
    const parsed = InnovationFields.safeParse(fieldsInput(values));
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error.issues));
      setFocusRequest((count) => count + 1);
      return;
    }
    setErrors({});
    const result = save(parsed.data);
    if (!result.ok) {
      setRefusal(result.error);
      return;
    }
    // The guard must be off before navigating, or it would ask about the input just saved.
    flushSync(() => setSaved(true));
    if (result.value.changed) {
      notifications.show({
        color: 'teal',
        message: t(base.fields ? 'innovationEdit.savedChanges' : 'innovationEdit.created', {
          name: parsed.data.name,
        }),
      });
    }
    const next = base.fields === null && origin ? origin.onCreated(result.value.id) : null;
    navigate(next ?? `/katalog/${regionCode}/${result.value.id}`);
  };

  const backTo = base.fields ? `/katalog/${regionCode}/${base.fields.id}` : '/katalog';
  const title = base.fields ? t('innovationEdit.editTitle') : t('innovationEdit.createTitle');
  return (
    <Stack gap="lg" maw={960} mx="auto" pb="xl">
      <UnsavedChangesGuard when={dirty} />
      <Breadcrumbs separatorMargin={6} aria-label={t('innovationDetail.breadcrumbs')}>
        <Anchor component={Link} to="/katalog" size="sm">
          {t('nav.catalog')}
        </Anchor>
        {base.fields && (
          <Anchor component={Link} to={backTo} size="sm" lineClamp={1}>
            {base.fields.name}
          </Anchor>
        )}
        <Text size="sm" c="dimmed">
          {title}
        </Text>
      </Breadcrumbs>
      <Stack gap={4}>
        <Title order={1} size="h2">
          {title}
        </Title>
        <Text c="dimmed">
          {base.fields
            ? t('innovationEdit.editSubtitle', { region: regionLabel(regionCode) })
            : t('innovationEdit.createSubtitle', { region: regionLabel(regionCode) })}
        </Text>
      </Stack>
      {origin?.notice}
      <Box
        component="form"
        ref={formRef}
        onSubmit={submit}
        noValidate
        aria-label={title}
        // Mantine's default error red is too light for small text on white (WCAG contrast).
        style={{ '--mantine-color-error': 'var(--mantine-color-red-9)' }}
      >
        <Stack gap="lg">
          <InnovationForm
            values={values}
            errors={errors}
            onChange={change}
            onBlurField={checkOnBlur}
            pillars={area.pillars}
            urusanSuggestions={suggestions.urusan}
            tagSuggestions={suggestions.tags}
          />
          <Paper
            withBorder
            radius="md"
            p={{ base: 'sm', sm: 'md' }}
            shadow="md"
            // Stays in view above the shell's footer while the long form scrolls.
            style={{
              position: 'sticky',
              bottom: 'calc(var(--app-shell-footer-offset, 0px) + var(--mantine-spacing-sm))',
              zIndex: 3,
            }}
          >
            <Stack gap="sm">
              {refusal && (
                <Alert color="red" icon={<IconAlertCircle size={18} />} title={t('innovationEdit.refused')}>
                  {messageText(refusal)}
                </Alert>
              )}
              <Group justify="space-between" gap="sm">
                {errorCount > 0 ? (
                  <Text size="sm" c="red.9" role="alert">
                    {t('innovationEdit.fixErrors', { count: errorCount })}
                  </Text>
                ) : (
                  // On phones the bar keeps to its buttons; the state line is for wider screens.
                  <Text size="sm" c="dimmed" visibleFrom="sm">
                    {dirty ? t('innovationEdit.unsaved') : t('innovationEdit.noChanges')}
                  </Text>
                )}
                <Group gap="sm" wrap="nowrap" ml="auto">
                  <Button component={Link} to={backTo} variant="default">
                    {t('innovationEdit.cancel')}
                  </Button>
                  <Button type="submit" leftSection={<IconDeviceFloppy size={18} />}>
                    {base.fields ? t('innovationEdit.saveChanges') : t('innovationEdit.saveNew')}
                  </Button>
                </Group>
              </Group>
            </Stack>
          </Paper>
        </Stack>
      </Box>
    </Stack>
  );
}
