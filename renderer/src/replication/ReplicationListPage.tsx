export function ReplicationListPage() {
  return null;
}
