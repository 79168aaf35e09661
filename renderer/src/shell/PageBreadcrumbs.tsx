/** The trail above a document's page: the section it belongs to (a link back) › the document's title. */
import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { Link } from 'react-router';

export function PageBreadcrumbs({
  label,
  section,
  current,
}: {
  /** The accessible name of the trail. */
  label: string;
  section: { to: string; label: string };
  current: string;
}) {
  return (
    <Breadcrumbs separatorMargin={6} aria-label={label}>
      <Anchor component={Link} to={section.to} size="sm">
        {section.label}
      </Anchor>
      <Text size="sm" c="dimmed" lineClamp={1}>
        {current}
      </Text>
    </Breadcrumbs>
  );
}
