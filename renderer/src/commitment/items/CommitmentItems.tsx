/**
 * The "Butir komitmen" tab: the commitment's items under each of the area's smart-city dimensions, in
 * the area's order, each with its lead and supporting regions and follow-up steps, plus how many items
 * each region leads and supports. Member editors add, change, reorder and remove items while the text
 * is not final; everyone else reads.
 */
import { Badge, Button, Grid, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Commitment,
  moveCommitmentItem,
  removeCommitmentItem,
  setCommitmentItem,
} from '../../../../shared/model/commitment';
import { useArea } from '../../app/hooks';
import { regionLabel } from '../../data/catalog-store';
import { ConfirmModal } from '../../replication/plan/ConfirmModal';
import type { CommitmentView } from '../use-commitment';
import { ItemCard } from './ItemCard';
import { ItemForm } from './ItemForm';
import { type ItemValues, itemValues, newCommitmentEntryId, newItemValues, regionRoles } from './item-values';
import classes from './items.module.css';
import { useCommitmentCommand } from './use-commitment-command';

type Item = Commitment['items'][number];
/** The dialog's subject: a new item (no id yet) or the one being changed. */
type Editing = { id: string | null; values: ItemValues };

export function CommitmentItems({ view }: { view: CommitmentView }) {
  const { t } = useTranslation();
  const area = useArea();
  const run = useCommitmentCommand(view);
  // What the dialogs are about outlives their "open" flag, so a closing dialog keeps its text.
  const [editing, setEditing] = useState<Editing | null>(null);
  const [editorOpen, editor] = useDisclosure(false);
  const [removing, setRemoving] = useState<Item | null>(null);
  const [confirmOpen, confirm] = useDisclosure(false);
  const items = view.commitment?.items ?? [];
  const members = useMemo(() => area.members.map((member) => member.code), [area.members]);

  const sections = useMemo(() => {
    const known = new Set(area.pillars.map((pillar) => pillar.id));
    const byPillar = area.pillars.map((pillar) => ({
      id: pillar.id,
      name: pillar.name,
      items: items.filter((item) => item.pillarId === pillar.id),
    }));
    // Items of a dimension the area has since removed stay visible (and editable) rather than vanish.
    const orphans = items.filter((item) => !known.has(item.pillarId));
    return orphans.length === 0
      ? byPillar
      : [...byPillar, { id: '', name: t('commitmentItems.otherPillar'), items: orphans }];
  }, [area.pillars, items, t]);

  const edit = (subject: Editing) => {
    setEditing(subject);
    editor.open();
  };
  const save = (input: Parameters<typeof setCommitmentItem>[2]) => {
    if (editing === null) return;
    const id = editing.id ?? newCommitmentEntryId('butir');
    const title = editing.values.title.trim() || id;
    const saved = run((doc, ctx) => setCommitmentItem(doc, id, input, ctx), {
      failed: t('commitmentItems.saveFailed'),
      done: editing.id === null ? t('commitmentItems.added', { title }) : t('commitmentItems.saved'),
    });
    if (saved) editor.close();
  };

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Stack gap="lg">
          <Text size="sm" c="dimmed">
            {t('commitmentItems.intro')}
          </Text>
          {sections.map((section) => (
            <Paper
              key={section.id || 'lain'}
              component="section"
              withBorder
              radius="md"
              p={{ base: 'md', sm: 'lg' }}
              aria-labelledby={`pilar-${section.id || 'lain'}`}
              bg="gray.0"
            >
              <Stack gap="sm">
                <Group justify="space-between" gap="sm">
                  <Group gap="xs">
                    <Title order={2} size="h4" id={`pilar-${section.id || 'lain'}`}>
                      {section.name}
                    </Title>
                    <Badge variant="light" color="gray" c="gray.8" tt="none">
                      {t('commitmentItems.count', { count: section.items.length })}
                    </Badge>
                  </Group>
                  {view.canEdit && section.id !== '' && (
                    <Button
                      variant="light"
                      size="sm"
                      leftSection={<IconPlus size={16} />}
                      aria-label={t('commitmentItems.addIn', { pillar: section.name })}
                      onClick={() => edit({ id: null, values: newItemValues(section.id, items) })}
                    >
                      {t('commitmentItems.add')}
                    </Button>
                  )}
                </Group>
                {section.items.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {view.canEdit ? t('commitmentItems.emptyEditor') : t('commitmentItems.emptyReader')}
                  </Text>
                ) : (
                  <ol
                    className={classes.list}
                    aria-label={t('commitmentItems.listLabel', { pillar: section.name })}
                  >
                    {section.items.map((item, index) => (
                      <ItemCard
                        key={item.id}
                        item={item}
                        canEdit={view.canEdit}
                        first={index === 0}
                        last={index === section.items.length - 1}
                        onMove={(direction) =>
                          run((doc, ctx) => moveCommitmentItem(doc, item.id, direction, ctx), {
                            failed: t('commitmentItems.moveFailed'),
                          })
                        }
                        onEdit={() => {
                          const { id, updated: _updated, ...fields } = item;
                          edit({ id, values: itemValues(fields) });
                        }}
                        onRemove={() => {
                          setRemoving(item);
                          confirm.open();
                        }}
                      />
                    ))}
                  </ol>
                )}
              </Stack>
            </Paper>
          ))}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <RegionRoles items={items} members={members} />
      </Grid.Col>

      <Modal
        opened={editorOpen}
        onClose={editor.close}
        title={editing?.id === null ? t('commitmentItems.addTitle') : t('commitmentItems.editTitle')}
        size="lg"
      >
        {editing && (
          <ItemForm
            // A new subject is a new form: its state starts from that subject's values.
            key={editing.id ?? `baru-${editing.values.pillarId}-${editing.values.order}`}
            initial={() => editing.values}
            pillars={area.pillars}
            members={members}
            label={editing.id === null ? t('commitmentItems.addTitle') : t('commitmentItems.editTitle')}
            onSave={save}
            onCancel={editor.close}
          />
        )}
      </Modal>
      <ConfirmModal
        opened={confirmOpen}
        title={t('commitmentItems.removeTitle')}
        body={t('commitmentItems.removeBody', { title: removing?.title ?? '' })}
        confirmLabel={t('commitmentItems.removeConfirm')}
        onConfirm={() => {
          if (!removing) return;
          run((doc, ctx) => removeCommitmentItem(doc, removing.id, ctx), {
            failed: t('commitmentItems.removeFailed'),
            done: t('commitmentItems.removed', { title: removing.title }),
          });
        }}
        onClose={confirm.close}
      />
    </Grid>
  );
}

/** "Kab. Klaten memimpin 2 butir, mendukung 3", per member region with a role, in signing order. */
function RegionRoles({ items, members }: { items: readonly Item[]; members: readonly string[] }) {
  const { t } = useTranslation();
  const roles = useMemo(() => regionRoles(items, members), [items, members]);
  const missing = members.length - roles.length;
  // Only the roles a region has: "memimpin 1 butir" rather than "memimpin 1 butir, mendukung 0".
  const roleLine = (role: (typeof roles)[number]) => {
    const words = { region: regionLabel(role.code), lead: role.lead, supporting: role.supporting };
    if (role.supporting === 0) return t('commitmentItems.roleLead', words);
    if (role.lead === 0) return t('commitmentItems.roleSupporting', words);
    return t('commitmentItems.roleLine', words);
  };
  return (
    <Paper component="section" withBorder radius="md" p="md" aria-labelledby="peran-daerah">
      <Stack gap="sm">
        <Title order={2} size="h5" id="peran-daerah">
          {t('commitmentItems.rolesTitle')}
        </Title>
        {roles.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('commitmentItems.rolesEmpty')}
          </Text>
        ) : (
          <ul className={classes.roles}>
            {roles.map((role) => (
              <li key={role.code}>
                <Text size="sm" py={6}>
                  {roleLine(role)}
                </Text>
              </li>
            ))}
          </ul>
        )}
        {roles.length > 0 && missing > 0 && (
          <Text size="xs" c="dimmed">
            {t('commitmentItems.rolesMissing', { count: missing })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
