import type { RembugHost } from '../../../shared/host';
import type { Profile } from '../data/profile';

export interface OnboardingProps {
  host: RembugHost;
  onDone: (profile: Profile, options: { loadDemo: boolean }) => void;
}

export function Onboarding(_props: OnboardingProps) {
  return null;
}
