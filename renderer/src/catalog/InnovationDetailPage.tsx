export function InnovationDetailPage() {
  return null;
}
