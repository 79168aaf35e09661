/**
 * What changed between two contents of a commitment, for reading: the title, each text block added,
 * removed or changed (with the words inside marked <ins>/<del>, underlined or struck through, and
 * named in words for screen readers), runs of unchanged blocks folded into a count, then the items.
 */
import { Badge, Group, List, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  BlockChange,
  CommitmentDiff,
  ItemChange,
  WordPart,
} from '../../../../shared/model/commitment-versions';
import classes from './versions.module.css';

/** Dark words on every tint: the tints' own darkest shade is not dark enough on small bold text. */
const BADGE = {
  added: { color: 'teal', label: 'commitmentVersions.block.added' },
  removed: { color: 'red', label: 'commitmentVersions.block.removed' },
  changed: { color: 'yellow', label: 'commitmentVersions.block.changed' },
} as const;

type BlockEdit = Exclude<BlockChange, { change: 'same' }>;

function Inserted({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <ins className={classes.ins}>
      <VisuallyHidden>{t('commitmentVersions.ins')} </VisuallyHidden>
      {children}
    </ins>
  );
}

function Deleted({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <del className={classes.del}>
      <VisuallyHidden>{t('commitmentVersions.del')} </VisuallyHidden>
      {children}
    </del>
  );
}

function Words({ parts }: { parts: readonly WordPart[] }) {
  return (
    <>
      {parts.map((part, index) => {
        // Parts are a sequence; their place is their identity.
        const key = `${index}-${part.change}`;
        if (part.change === 'added') return <Inserted key={key}>{part.text}</Inserted>;
        if (part.change === 'removed') return <Deleted key={key}>{part.text}</Deleted>;
        return <Fragment key={key}>{part.text}</Fragment>;
      })}
    </>
  );
}

type Row = { type: 'block'; block: BlockEdit } | { type: 'same'; count: number };

/** Unchanged blocks between changes fold into one "N bagian tidak berubah" row. */
function rows(blocks: readonly BlockChange[]): Row[] {
  const out: Row[] = [];
  for (const block of blocks) {
    const last = out.at(-1);
    if (block.change !== 'same') out.push({ type: 'block', block });
    else if (last?.type === 'same') last.count += 1;
    else out.push({ type: 'same', count: 1 });
  }
  return out;
}

function BlockRow({ block }: { block: BlockEdit }) {
  const { t } = useTranslation();
  const badge = BADGE[block.change];
  const kind = block.change === 'changed' ? block.kind : block.block.kind;
  return (
    <li className={classes.block} data-change={block.change}>
      <Group gap={6} mb={4}>
        <Badge size="sm" variant="light" color={badge.color} c="dark.8" tt="none">
          {t(badge.label)}
        </Badge>
        <Text size="xs" c="dimmed">
          {t(`commitmentVersions.kind.${kind}`)}
        </Text>
      </Group>
      <Text
        size="sm"
        className={kind === 'heading' ? classes.heading : undefined}
        style={{ overflowWrap: 'anywhere' }}
      >
        {block.change === 'changed' ? (
          <Words parts={block.words} />
        ) : block.change === 'added' ? (
          <Inserted>{block.block.text}</Inserted>
        ) : (
          <Deleted>{block.block.text}</Deleted>
        )}
      </Text>
    </li>
  );
}

function ItemRow({ change, pillarName }: { change: ItemChange; pillarName: (id: string) => string }) {
  const { t } = useTranslation();
  const item = change.change === 'changed' ? change.after : change.item;
  const badge = BADGE[change.change];
  let title: ReactNode = item.title;
  if (change.change === 'changed') {
    if (change.fields.includes('title')) {
      title = (
        <>
          <Deleted>{change.before.title}</Deleted> <Inserted>{change.after.title}</Inserted>
        </>
      );
    }
  } else if (change.change === 'added') title = <Inserted>{item.title}</Inserted>;
  else title = <Deleted>{item.title}</Deleted>;
  return (
    <List.Item>
      <Group gap={6} wrap="wrap">
        <Badge size="sm" variant="light" color={badge.color} c="dark.8" tt="none">
          {t(badge.label)}
        </Badge>
        <Text size="xs" c="dimmed">
          {pillarName(item.pillarId)}
        </Text>
      </Group>
      <Text size="sm" mt={2} style={{ overflowWrap: 'anywhere' }}>
        {title}
      </Text>
      {change.change === 'changed' && (
        <Text size="xs" c="gray.8" mt={2}>
          {t('commitmentVersions.item.changed', {
            fields: change.fields.map((field) => t(`commitmentVersions.field.${field}`)).join(', '),
          })}
        </Text>
      )}
    </List.Item>
  );
}

export function DiffView({ diff, pillarName }: { diff: CommitmentDiff; pillarName: (id: string) => string }) {
  const { t } = useTranslation();
  if (!diff.changed) {
    return (
      <Text size="sm" c="dimmed" role="status">
        {t('commitmentVersions.noDifference')}
      </Text>
    );
  }
  const textChanged = diff.blocks.some((block) => block.change !== 'same');
  return (
    <Stack gap="md">
      <Text size="xs" c="dimmed">
        {t('commitmentVersions.legend')}
      </Text>
      {diff.title && (
        <Text size="sm">
          {t('commitmentVersions.titleChange', { before: diff.title.before, after: diff.title.after })}
        </Text>
      )}
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('commitmentVersions.textChanges')}
        </Title>
        {textChanged ? (
          <ul className={classes.blocks}>
            {rows(diff.blocks).map((row, index) =>
              row.type === 'same' ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows are a sequence; place is identity.
                <li key={index}>
                  <Text size="xs" c="dimmed" fs="italic">
                    {t('commitmentVersions.unchangedBlocks', { count: row.count })}
                  </Text>
                </li>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: as above.
                <BlockRow key={index} block={row.block} />
              ),
            )}
          </ul>
        ) : (
          <Text size="sm" c="dimmed">
            {t('commitmentVersions.noTextChanges')}
          </Text>
        )}
      </Stack>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('commitmentVersions.itemChanges')}
        </Title>
        {diff.items.length > 0 ? (
          <List spacing="xs" size="sm" listStyleType="none" pl={0}>
            {diff.items.map((change) => (
              <ItemRow
                key={`${change.change}-${change.change === 'changed' ? change.after.id : change.item.id}`}
                change={change}
                pillarName={pillarName}
              />
            ))}
          </List>
        ) : (
          <Text size="sm" c="dimmed">
            {t('commitmentVersions.noItemChanges')}
          </Text>
        )}
      </Stack>
    </Stack>
  );
}
