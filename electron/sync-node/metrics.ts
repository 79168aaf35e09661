/** Counters and gauges of one node, rendered in the Prometheus text format at `/metrics`. */
export class NodeMetrics {
  connections = 0;
  roomsLoaded = 0;
  bytesIn = 0;
  bytesOut = 0;
  updatesStored = 0;
  writesRefused = 0;
  messagesRejected = 0;
  connectionsRefused = 0;
  storageErrors = 0;

  render(): string {
    const lines: string[] = [];
    const put = (name: string, type: 'counter' | 'gauge', help: string, value: number) => {
      lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`, `${name} ${value}`);
    };
    put('rembug_connections', 'gauge', 'Open client connections.', this.connections);
    put('rembug_rooms_loaded', 'gauge', 'Rooms held in memory.', this.roomsLoaded);
    put('rembug_bytes_in_total', 'counter', 'Bytes received from clients.', this.bytesIn);
    put('rembug_bytes_out_total', 'counter', 'Bytes sent to clients.', this.bytesOut);
    put('rembug_updates_stored_total', 'counter', 'Document updates appended to disk.', this.updatesStored);
    put(
      'rembug_writes_refused_total',
      'counter',
      'Updates dropped from read-only clients.',
      this.writesRefused,
    );
    put(
      'rembug_messages_rejected_total',
      'counter',
      'Messages rejected as malformed, oversized or over the rate limit.',
      this.messagesRejected,
    );
    put(
      'rembug_connections_refused_total',
      'counter',
      'Connections refused for a bad room name or token.',
      this.connectionsRefused,
    );
    put('rembug_storage_errors_total', 'counter', 'Failed writes to the data folder.', this.storageErrors);
    return `${lines.join('\n')}\n`;
  }
}
