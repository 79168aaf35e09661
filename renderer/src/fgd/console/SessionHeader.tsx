/**
 * The top of the console: the session's title, when and where, who facilitates, which step runs,
 * and the way out to the projector. A session the area's index does not list yet says so, and a
 * coordinator lists it from here.
 */
import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconListDetails, IconPresentation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createArea, registerFgd } from '../../../../shared/model/area';
import { useArea } from '../../app/hooks';
import { useSession } from '../../app/session';
import { useNotifyRefusal } from '../../app/use-notify';
import { formatDate } from '../../catalog/innovation-format';
import { DocumentHeading } from '../../shell/DocumentHeading';
import { openPresenter } from '../../shell/open-presenter';
import type { FgdView } from '../use-fgd';
import { fgdProjectorPath } from './paths';

export function SessionHeader({ view }: { view: FgdView }) {
  const { t, i18n } = useTranslation();
  const { host, profile, workspace, preset, ctx } = useSession();
  const area = useArea();
  const navigate = useNavigate();
  const notifyRefusal = useNotifyRefusal();
  const session = view.session;
  if (!session) return null;
  const { meta } = session;
  const current = session.steps.find((step) => step.id === session.currentStepId);
  const indexed = area.fgds.some((entry) => entry.id === view.id);
  const listInArea = () => {
    if (!workspace.area.doc.getMap('profile').has('id')) {
      const setUp = createArea(workspace.area.doc, preset, ctx);
      if (!setUp.ok) return notifyRefusal(t('fgdConsole.header.listFailed'), setUp.error);
    }
    const listed = registerFgd(workspace.area.doc, { id: view.id, title: meta.title, date: meta.date }, ctx);
    if (!listed.ok) notifyRefusal(t('fgdConsole.header.listFailed'), listed.error);
  };
  const where = [formatDate(meta.date, i18n.language), meta.venue].filter((part) => part !== '');
  return (
    <Stack gap="sm">
      <DocumentHeading
        eyebrow={t('fgdConsole.header.eyebrow')}
        title={meta.title}
        actions={
          <Group gap="sm">
            {!indexed && profile.role === 'coordinator' && (
              <Button variant="default" leftSection={<IconListDetails size={18} />} onClick={listInArea}>
                {t('fgdConsole.header.listInArea')}
              </Button>
            )}
            <Button
              leftSection={<IconPresentation size={18} />}
              onClick={() => {
                if (!openPresenter(host, fgdProjectorPath(view.id))) navigate(fgdProjectorPath(view.id));
              }}
            >
              {t('fgdConsole.header.projector')}
            </Button>
          </Group>
        }
      >
        <Text size="sm" c="dimmed">
          {where.join(' · ')}
        </Text>
        {meta.facilitators.length > 0 && (
          <Text size="sm">
            {t('fgdConsole.header.facilitators', { names: meta.facilitators.join(', ') })}
          </Text>
        )}
      </DocumentHeading>
      <Group gap={8} wrap="wrap" align="center">
        <Badge
          size="lg"
          variant={current ? 'filled' : 'light'}
          color={current ? 'teal.9' : 'gray'}
          c={current ? undefined : 'gray.8'}
          tt="none"
        >
          {current
            ? t('fgdConsole.list.currentStep', { step: current.title })
            : t('fgdConsole.header.notStarted')}
        </Badge>
        <Badge size="lg" variant="light" color="gray" c="gray.8" tt="none">
          {t('fgdConsole.header.attendance', { count: session.attendance.length })}
        </Badge>
        {!indexed && view.isFacilitator && (
          <Text size="sm" c="dimmed">
            {t(
              profile.role === 'coordinator'
                ? 'fgdConsole.header.notIndexedCoordinator'
                : 'fgdConsole.header.notIndexed',
            )}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
