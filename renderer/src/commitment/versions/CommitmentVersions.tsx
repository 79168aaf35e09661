/**
 * The "Versi & riwayat" tab: save the commitment under a name, the saved versions (which one was
 * signed, restore one), a comparison of any two versions or a version and the current text, and the
 * history of who changed what.
 */
import { Grid, Stack } from '@mantine/core';
import { useState } from 'react';
import type { CommitmentView } from '../use-commitment';
import { type CompareChoice, CompareVersions, CURRENT } from './CompareVersions';
import { HistoryList } from './HistoryList';
import { SaveVersionForm } from './SaveVersionForm';
import { VersionList } from './VersionList';

export function CommitmentVersions({ view }: { view: CommitmentView }) {
  const versions = view.commitment?.versions ?? [];
  // Until someone chooses, the current text is compared with the latest version that differs from it
  // (comparing with a version saved just now would show nothing).
  const [chosen, setChosen] = useState<CompareChoice | null>(null);
  const hash = view.commitment?.hash;
  const latest = (versions.findLast((version) => version.hash !== hash) ?? versions.at(-1))?.id ?? null;
  const choice = chosen ?? { from: latest, to: CURRENT };
  const compareWithCurrent = (versionId: string) => {
    setChosen({ from: versionId, to: CURRENT });
    document.getElementById('bandingkan')?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Stack gap="lg">
          {view.isMemberEditor && <SaveVersionForm view={view} />}
          <VersionList view={view} onCompare={compareWithCurrent} />
          <CompareVersions view={view} choice={choice} onChoose={setChosen} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <HistoryList view={view} />
      </Grid.Col>
    </Grid>
  );
}
