export function InnovationEditPage(_props: { mode: 'create' | 'edit' }) {
  return null;
}
